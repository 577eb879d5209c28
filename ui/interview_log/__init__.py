"""interview_log"""
