#pragma once

#include <QWidget>

// A conversation's rating as five stars, 0 to 5. Editable with the mouse (a click on
// a star; on the current one again, back to 0) and the keyboard (Left/Right, Home/End,
// digits 0–5); ratingEdited() tells an edit by the user, not setRating().
class StarRating : public QWidget {
    Q_OBJECT
    Q_PROPERTY(int rating READ rating WRITE setRating NOTIFY ratingChanged)
public:
    explicit StarRating(QWidget *parent = nullptr);

    int rating() const { return m_rating; }
    void setRating(int rating);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void ratingChanged(int rating);
    void ratingEdited(int rating);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int starAt(const QPoint &pos) const;
    void edit(int rating);
    void updateAccessibleText();

    int m_rating = 0;
    int m_hover = -1;
    bool m_readOnly = false;
};
