"""Step player: Play and Pause share one width, so the Step button beside them never moves."""

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.widgets.step_player import StepPlayer


def test_play_and_pause_keep_step_in_place_in_both_languages(qtbot: QtBot) -> None:
    player = StepPlayer()
    qtbot.addWidget(player)
    player.set_count(20)
    player.show()
    qtbot.waitExposed(player)
    for language in (i18n.PORTUGUESE, i18n.ENGLISH):
        i18n.apply_language(language, remember=False)
        qtbot.wait(20)
        step_at = player.forward_button.mapTo(player, QPoint(0, 0))
        qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
        qtbot.wait(20)
        assert player.is_playing()
        assert player.play_button.text() == player.tr("Pause")
        assert player.forward_button.mapTo(player, QPoint(0, 0)) == step_at, language
        qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
        qtbot.wait(20)
        assert not player.is_playing()
        assert player.forward_button.mapTo(player, QPoint(0, 0)) == step_at, language
