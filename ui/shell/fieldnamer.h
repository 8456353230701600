#pragma once

#include <QObject>

class QWidget;

// Every field that a label names (its buddy) and that has no accessible name of its
// own gets the label's text as its name, without the mnemonic's "&" and the trailing
// colon: a screen reader or a test robot then finds "Status", not the combo box's
// current item ("Any status") or "Background checks:". A name set by the code is kept.
void nameFieldsByLabels(QWidget *root);

// Installed on the application: names the fields of every window when it is shown and
// of every widget added later to a shown window (pages built when first shown).
class FieldNamer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
