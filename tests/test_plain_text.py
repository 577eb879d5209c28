from interview_coach.plain_text import fold, one_line, plural


def test_one_line():
    assert one_line("  Priya \n  Chen ") == "Priya Chen"
    assert one_line(None) == ""


def test_plural():
    assert plural(1, "question") == "1 question"
    assert plural(3, "question") == "3 questions"
    assert plural(2, "person", "people") == "2 people"


def test_fold_compares_without_case_or_accents():
    assert fold("Résumé") == fold("RESUME") == "resume"
    assert fold("Yılmaz") == fold("YILMAZ") == "yilmaz"
