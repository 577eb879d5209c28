"""The people a student could ask, has asked and has talked to: one record per person, from
"To ask" to "Thanked", with the date of each stage, their drafts and what the student learned."""
