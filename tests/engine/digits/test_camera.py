"""engine.digits.camera: frames from files and cameras, "no camera" as a state, release on every
path.

A camera is stood in for by a recording wrapper around ``cv2.VideoCapture`` (and, for a camera
that works or stops, by a scripted fake): it counts ``release()`` calls, so every path that
must release the device is checked, not assumed.
"""

from pathlib import Path
from typing import ClassVar

import cv2
import numpy as np
import pytest

from engine.digits import camera
from engine.digits.camera import (
    IMAGE_FPS,
    LOST_AFTER_FAILURES,
    FrameSource,
    SourceState,
    probe_cameras,
)

SIZE = (64, 48)  # (width, height)
REAL_CAPTURE = cv2.VideoCapture  # kept before the fixtures replace it


class RecordingCapture:
    """A real cv2.VideoCapture that remembers every instance and how often it was released."""

    made: ClassVar[list["RecordingCapture"]] = []

    def __init__(self, *args: object) -> None:
        self.real = REAL_CAPTURE(*args)
        self.releases = 0
        RecordingCapture.made.append(self)

    def release(self) -> None:
        self.releases += 1
        self.real.release()

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)


class ScriptedCamera:
    """A camera that opens (for the indices in ``working``) and gives ``frames`` frames."""

    working: ClassVar[set[int]] = set()
    frames = 3
    made: ClassVar[list["ScriptedCamera"]] = []

    def __init__(self, index: int) -> None:
        self.index, self.left, self.releases = index, ScriptedCamera.frames, 0
        self.opened = index in ScriptedCamera.working
        ScriptedCamera.made.append(self)

    def isOpened(self) -> bool:  # OpenCV's name
        return self.opened

    def read(self) -> tuple[bool, np.ndarray | None]:
        if not self.opened or self.left == 0:
            return False, None
        self.left -= 1
        return True, np.full((SIZE[1], SIZE[0], 3), 100, np.uint8)

    def get(self, _prop: int) -> float:
        return 0.0  # drivers often do not know their frame rate

    def set(self, _prop: int, _value: float) -> bool:
        return True

    def release(self) -> None:
        self.releases += 1
        self.opened = False


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[RecordingCapture]:
    RecordingCapture.made = []
    monkeypatch.setattr(camera.cv2, "VideoCapture", RecordingCapture)
    return RecordingCapture.made


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> list[ScriptedCamera]:
    ScriptedCamera.made, ScriptedCamera.working, ScriptedCamera.frames = [], {0}, 3
    monkeypatch.setattr(camera.cv2, "VideoCapture", ScriptedCamera)
    return ScriptedCamera.made


def write_video(path: Path, levels: list[int]) -> Path:
    """An MJPG video whose frames are flat grey at the given levels (to recognise them)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 25.0, SIZE)
    for level in levels:
        writer.write(np.full((SIZE[1], SIZE[0], 3), level, np.uint8))
    writer.release()
    return path


# --------------------------------------------------------------------------- files
def test_a_video_file_gives_its_frames_then_reports_the_end(tmp_path: Path,
                                                            recorded: list) -> None:
    video = write_video(tmp_path / "v.avi", [40, 80, 120, 160, 200])
    with FrameSource(video) as source:
        assert source.is_opened() and not source.is_live
        assert source.fps == pytest.approx(25.0)
        means = []
        while (frame := source.read()) is not None:
            assert frame.shape == (SIZE[1], SIZE[0], 3) and frame.dtype == np.uint8
            means.append(float(frame.mean()))
        assert source.state is SourceState.ENDED and not source.is_opened()
        assert source.read() is None
    np.testing.assert_allclose(means, [40, 80, 120, 160, 200], atol=3)  # JPEG is lossy
    assert [c.releases for c in recorded] == [1]
    assert not recorded[0].real.isOpened()


def test_a_looping_video_starts_again_at_its_end(tmp_path: Path) -> None:
    video = write_video(tmp_path / "v.avi", [50, 150, 250])
    with FrameSource(video, loop=True) as source:
        means = [round(float(source.read().mean()), -1) for _ in range(7)]
        assert source.is_opened()
    assert means == [50, 150, 250, 50, 150, 250, 50]


def test_an_image_is_a_source_that_repeats_its_frame(tmp_path: Path) -> None:
    picture = np.random.default_rng(0).integers(0, 256, (30, 40), dtype=np.uint8)
    path = tmp_path / "page.png"
    cv2.imwrite(str(path), picture)
    with FrameSource(path) as source:
        first, second = source.read(), source.read()
        assert source.fps == IMAGE_FPS
    expected = cv2.cvtColor(picture, cv2.COLOR_GRAY2BGR)
    np.testing.assert_array_equal(first, expected)
    np.testing.assert_array_equal(second, expected)
    first[:] = 0  # a caller drawing on its frame does not change the next one
    assert source.state is SourceState.CLOSED and source.read() is None


@pytest.mark.parametrize("name, content", [("missing.avi", None), ("notes.avi", b"hello"),
                                           ("broken.png", b"\x89PNG nonsense")])
def test_unreadable_files_are_a_state_not_an_exception(tmp_path: Path, recorded: list,
                                                       name: str, content: bytes | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    source = FrameSource(path)
    assert source.state is SourceState.UNREADABLE and not source.is_opened()
    assert str(path) in source.problem
    assert source.read() is None
    assert all(c.releases == 1 for c in recorded)  # a failed open is released as well


# --------------------------------------------------------------------------- cameras
def test_an_index_that_does_not_open_reports_no_camera(recorded: list) -> None:
    source = FrameSource(97)
    assert source.state is SourceState.NO_CAMERA and source.is_live
    assert not source.is_opened() and source.read() is None
    assert "97" in source.problem
    assert len(recorded) == 1 and recorded[0].releases == 1


def test_a_camera_that_stops_is_lost_after_a_few_failed_reads(scripted: list) -> None:
    with FrameSource(0, size=(640, 480)) as source:
        assert source.fps == camera.DEFAULT_FPS  # the driver said 0
        frames = [source.read() for _ in range(3)]
        assert all(frame is not None for frame in frames)
        for _ in range(LOST_AFTER_FAILURES - 1):
            assert source.read() is None
            assert source.state is SourceState.OPEN  # one dropped frame is not the end
        assert source.read() is None
        assert source.state is SourceState.LOST and not source.is_opened()
    assert scripted[0].releases == 1


def test_release_on_an_exception_inside_the_with_block(tmp_path: Path, recorded: list) -> None:
    video = write_video(tmp_path / "v.avi", [100, 100])
    with pytest.raises(RuntimeError, match="boom"), FrameSource(video) as source:
        source.read()
        raise RuntimeError("boom")
    assert recorded[0].releases == 1 and not recorded[0].real.isOpened()
    assert not source.is_opened()
    source.close()  # again: harmless
    assert recorded[0].releases == 1


def test_release_when_opening_fails_half_way(monkeypatch: pytest.MonkeyPatch,
                                             scripted: list) -> None:
    def broken_set(self: ScriptedCamera, _prop: int, _value: float) -> bool:
        raise OSError("driver refused")

    monkeypatch.setattr(ScriptedCamera, "set", broken_set)
    with pytest.raises(OSError, match="driver refused"):
        FrameSource(0, size=(1280, 720))
    assert scripted[0].releases == 1


def test_probing_finds_working_cameras_and_releases_each(scripted: list) -> None:
    ScriptedCamera.working = {1, 2}
    ScriptedCamera.frames = 1
    assert probe_cameras(max_index=4) == [1, 2]
    assert [c.index for c in scripted] == [0, 1, 2, 3]
    assert all(c.releases == 1 for c in scripted)


def test_probing_skips_a_camera_that_opens_but_gives_no_picture(scripted: list) -> None:
    ScriptedCamera.working, ScriptedCamera.frames = {0}, 0
    assert probe_cameras(max_index=2) == []
    assert all(c.releases == 1 for c in scripted)
