"""writing_help"""
