from ui import pages_folder_mode
from ui.join import screen

pages_folder_mode.leave()  # before anything else: see ui/pages_folder_mode.py

screen.show("join")
