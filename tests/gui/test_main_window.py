"""The main window as a teacher meets it: navigation, language, About, remembered state."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTreeWidget
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.about import about_text
from gui.lessons.convolution.lesson import ConvolutionLesson
from gui.main_window import PAGES, MainWindow
from gui.settings import app_settings
from gui.tf_warmup import tensorflow_warm_up
from tests.conftest import ROOT


def project_version() -> str:
    """The version, as written (once) in pyproject.toml."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def make_window(qtbot: QtBot, warm_up: bool = False) -> MainWindow:
    window = MainWindow(warm_up_tensorflow=warm_up)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def navigation_texts(window: MainWindow) -> list[str]:
    tree = window.findChild(QTreeWidget, "navigation")
    texts = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        texts.append(group.text(0))
        texts.extend(group.child(j).text(0) for j in range(group.childCount()))
    return texts


def choose_language(window: MainWindow, code: str, qtbot: QtBot) -> None:
    """Pick a language in View → Language and let Qt deliver its LanguageChange events."""
    window.findChild(QAction, f"language_{code}").trigger()
    qtbot.waitUntil(lambda: i18n.current_language() == code)
    qtbot.wait(50)


def test_builds_with_no_arguments_and_opens_the_first_lesson(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert isinstance(window.pages.currentWidget().widget(), ConvolutionLesson)
    assert window.current_page_key() == "convolution"
    assert navigation_texts(window) == [
        "Lessons", "1. Convolution", "2. Images", "3. 3D convolution",
        "4. MLP × CNN", "5. Filters and edges", "6. Pooling", "7. Max pooling",
        "8. Backpropagation", "9. Exercises", "Lab", "Draw", "Activations", "Webcam", "Training",
        "Evaluation", "Robustness", "My digits"]
    assert window.findChild(QLabel, "tfStatus").text()  # says what TensorFlow is doing
    tensorflow_warm_up().wait()


def test_status_bar_reports_tensorflow_loading_then_ready(qtbot: QtBot) -> None:
    window = make_window(qtbot, warm_up=True)
    status = window.findChild(QLabel, "tfStatus")
    assert "TensorFlow" in status.text()
    qtbot.waitUntil(lambda: status.text().endswith("ready"), timeout=120_000)
    assert tensorflow_warm_up().version in status.text()


def test_language_switch_changes_the_visible_texts(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    lesson = window.show_page("convolution")
    choose_language(window, "pt_BR", qtbot)
    assert navigation_texts(window)[:3] == ["Lições", "1. Convolução",
                                            "2. Imagens"]
    assert navigation_texts(window)[-8:] == ["Laboratório", "Desenhar", "Ativações", "Webcam",
                                            "Treinamento",
                                            "Avaliação", "Robustez", "Meus dígitos"]
    assert window.windowTitle().startswith("CNN Lab — redes convolucionais")
    assert lesson.findChild(QLabel, "lessonTitle").text() == "Convolução"
    assert lesson.findChild(QLabel, "stepCounter").text() == "Passo 1 de 4"
    assert window.menuBar().actions()[0].text() == "&Arquivo"
    choose_language(window, "en", qtbot)
    assert navigation_texts(window) == [
        "Lessons", "1. Convolution", "2. Images", "3. 3D convolution",
        "4. MLP × CNN", "5. Filters and edges", "6. Pooling", "7. Max pooling",
        "8. Backpropagation", "9. Exercises", "Lab", "Draw", "Activations", "Webcam", "Training",
        "Evaluation", "Robustness", "My digits"]
    assert lesson.findChild(QLabel, "stepTitle").text() == "Output cell (row 1, column 1):"


def test_language_choice_is_remembered(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    choose_language(window, "pt_BR", qtbot)
    assert app_settings().value("language") == "pt_BR"
    assert i18n.default_language() == "pt_BR"
    choose_language(window, "en", qtbot)
    assert i18n.default_language() == "en"
    assert window.findChild(QAction, "language_en").isChecked()


def test_about_credits_the_course_and_the_data_that_ships(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    text = about_text()
    assert "LeCun" in text and "CC BY-SA 3.0" in text and "Redes Convolucionais" in text
    assert "Alpaydin" in text and "Alimoglu" in text and "CC BY 4.0" in text
    assert "scikit-image" in text and "CC0" in text
    assert f"CNN Lab {project_version()}" in text
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(200, close_box)
    window.findChild(QAction, "aboutAction").trigger()
    assert seen and "MNIST" in seen[0]


def test_window_remembers_its_page_and_geometry(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.resize(760, 540)  # the offscreen screen is 800×600: stay inside it
    window.close()
    assert app_settings().value("window/page") == "convolution"
    again = make_window(qtbot)
    assert (again.width(), again.height()) == (760, 540)


def test_importing_the_window_does_not_import_tensorflow() -> None:
    code = ("import sys, gui.app, gui.main_window; "
            "sys.exit(1 if 'tensorflow' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_main_py_version_and_help() -> None:
    result = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"CNN Lab {project_version()}"
    result = subprocess.run([sys.executable, "main.py", "--lang", "xx"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_the_app_entry_point_opens_the_window_and_exits_cleanly(tmp_path: Path) -> None:
    """`cnn-lab` (main.main) starts Qt, shows the window and returns 0 when it is closed."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "def close():\n"
        "    windows = [w for w in app.topLevelWidgets() if w.objectName() == 'mainWindow']\n"
        "    print('shown:', [w.isVisible() for w in windows], windows[0].windowTitle())\n"
        "    windows[0].close()\n"
        "QTimer.singleShot(300, close)\n"
        "import main\n"
        "sys.exit(main.main(['--lang', 'pt_BR']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "shown: [True] CNN Lab — redes convolucionais" in result.stdout


def test_every_page_fits_a_1024_by_768_projector(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):  # Portuguese labels are longer
        i18n.apply_language(language, remember=False)
        for page in PAGES:
            window.show_page(page.key)
            qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)  # layers listed
            qtbot.wait(20)
            needed = window.minimumSizeHint().expandedTo(window.minimumSize())
            # 768 minus a taskbar and the window's title bar.
            assert needed.width() <= 1024 and needed.height() <= 700, (language, page.key,
                                                                       needed)
    window.session.wait()


def test_a_fresh_start_on_the_draw_tab_loads_the_model_while_tensorflow_warms_up(
        tmp_path: Path) -> None:
    # A fresh process, as a double-click: the Draw tab asks for its model while the warm-up
    # thread is still importing TensorFlow. Two concurrent imports once failed the load with
    # "module 'tensorflow.python.data.ops.dataset_ops' has no attribute 'DatasetV2'".
    script = tmp_path / "start.py"
    script.write_text(f"""
import sys, tempfile
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from gui.settings import name_application
name_application()
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from gui.main_window import MainWindow
window = MainWindow()
window.show()
window.show_page("draw")
window.session.modelFailed.connect(lambda name, why: print("failed", why, flush=True))
def loaded():
    if window.session.current is not None:
        print("loaded", window.session.current.entry.shipped_key, flush=True)
        app.quit()
window.session.modelChanged.connect(loaded)
QTimer.singleShot(60_000, app.quit)
app.exec()
""")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert "failed" not in result.stdout, result.stdout
    assert "loaded mnist_cnn" in result.stdout, result.stdout + result.stderr[-2000:]
