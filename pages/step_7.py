from ui.step_page import show_step

show_step(7)
