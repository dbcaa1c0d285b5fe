"""Help → About: what the app is, the course it follows, and the credits it owes."""

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from engine.version import app_licence, app_version


def about_text() -> str:
    """The About box's rich text, in the current language."""
    paragraphs = [
        QCoreApplication.translate(
            "About",
            "A desktop laboratory for learning how convolutional neural networks classify "
            "images: convolution, stride, padding, pooling, backpropagation, training and "
            "evaluation, step by step.",
        ),
        QCoreApplication.translate(
            "About",
            "It follows the course “Introdução a Classificação de Imagens com TensorFlow & "
            "Keras — Redes Convolucionais”, slide by slide, with the slides' own numbers as "
            "its examples.",
        ),
        QCoreApplication.translate(
            "About",
            "The MNIST database of handwritten digits, which ships with CNN Lab and on which its "
            "digit models are trained, is by Yann LeCun, Corinna Cortes and Christopher J. C. "
            "Burges (CC BY-SA 3.0). Its quick sample is its first 500 training images of each "
            "digit.",
        ),
        QCoreApplication.translate(
            "About",
            "The pen digits (real handwriting, used to train the default CNN and to test the "
            "drawing tab) are the UCI “Pen-Based Recognition of Handwritten Digits” data set "
            "by E. Alpaydin and F. Alimoglu (CC BY 4.0).",
        ),
        QCoreApplication.translate(
            "About",
            "The sample photos of the image lessons come from the scikit-image project's "
            "collection (public domain or CC0; see resources/photos/LICENSE.md). Fashion-MNIST "
            "is by Zalando Research (MIT licence).",
        ),
        QCoreApplication.translate(
            "About",
            "The CIFAR-10 colour photos, which ship with CNN Lab and on which its colour model "
            "is trained, are by Alex Krizhevsky, Vinod Nair and Geoffrey Hinton (“Learning "
            "Multiple Layers of Features from Tiny Images”, 2009).",
        ),
        QCoreApplication.translate(
            "About",
            "Photos: the astronaut Eileen Collins, NASA Great Images (public domain); coffee, "
            "Rachel Michetti, courtesy of Pikolo Espresso Bar (CC0); Chelsea the cat, Stefan "
            "van der Walt (CC0); the cameraman, Lav Varshney (CC0); brick wall, CC0Textures "
            "(CC0); Greek coins from Pompeii, Brooklyn Museum (no known copyright restrictions); "
            "text, Wikipedia (public domain).",
        ),
        QCoreApplication.translate(
            "About",
            "CNN Lab is free software under the {licence} licence: use, copy, change and share "
            "it, keeping its copyright and licence notice.",
        ).format(licence=app_licence()),
        QCoreApplication.translate(
            "About",
            "Built with Qt for Python {pyside}, NumPy, TensorFlow/Keras, pyqtgraph and OpenCV, "
            "on Python {python}.",
        ).format(pyside=pyside_version, python=platform.python_version()),
    ]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"<h2>CNN Lab {app_version()}</h2>{body}"


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "About CNN Lab")
    QMessageBox.about(parent, title, about_text())
