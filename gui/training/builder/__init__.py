"""The Training tab's model builder: layers to edit, their shapes and parameters, a diagram
of the network and the Keras code that trains it (issue 16)."""
