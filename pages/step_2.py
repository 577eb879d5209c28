from ui import pages_folder_mode
from ui.step_page import show_step

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

show_step(2)
