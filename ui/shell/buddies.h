#pragma once

class QWidget;

// QFormLayout::addRow(label, widget) makes the label's buddy the widget given, and
// a label whose buddy is a container (a field with its error line under it) moves the
// focus nowhere: its mnemonic does nothing. This points every such label of root at
// the first field inside the container that takes the focus with Tab.
void pointBuddiesAtFields(QWidget *root);
