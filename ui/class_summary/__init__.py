"""class_summary"""
