#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPainter;
class QStackedLayout;

// A statistics chart or, when there is nothing to draw, an honest sentence in its
// place ("No order this month."), never an empty axis. Follows palette changes
// (light, dark), and exports what it shows: PNG, SVG, or onto any painter (the PDF
// report), at any size.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    bool isShowingEmptyState() const;
    QString emptyText() const;
    QString title() const { return m_title; }

    // Draws what the panel shows into target: the chart laid out at target's size,
    // or the empty-state sentence.
    void paintTo(QPainter *painter, const QRectF &target);
    // The panel as an image of size logical pixels (its own size when empty).
    QImage toImage(QSize size = {}, qreal devicePixelRatio = 2.0);
    bool savePng(const QString &path, QString *error = nullptr, QSize size = {});
    bool saveSvg(const QString &path, QString *error = nullptr, QSize size = {});

    QSize sizeHint() const override { return {480, 320}; }

Q_SIGNALS:
    // A tooltip was shown (the text, for tests and accessibility).
    void toolTipShown(const QString &text);

protected:
    void setTitle(const QString &title);
    void showEmptyState(const QString &text);
    void showChart();
    // Re-applies the palette to the chart (its theme, which resets series colours),
    // then colourSeries(). Only on a palette change: a theme costs a full re-layout.
    void restyle();
    // Colours the series from the palette; cheap, after each change of data.
    virtual void colourSeries() {}
    void showToolTip(const QString &text);
    void changeEvent(QEvent *event) override;

private:
    QSize exportSize(QSize size) const;

    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QString m_title;
};
