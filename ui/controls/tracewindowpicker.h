#pragma once

// "Gates of input window: [slider] #12 of 981 · x 100.12 – 100.31": picks which test window
// the gate panels trace. The window tells it how many test windows there are and the x span of
// the chosen one (the prediction chart knows the x axis); it emits the learner's choice.

#include <QWidget>

class QLabel;
class QSlider;

class TraceWindowPicker : public QWidget
{
    Q_OBJECT

public:
    explicit TraceWindowPicker(QWidget *parent = nullptr);

    // windows test windows (at least one); a page step moves by one window's length.
    void setWindowCount(int windows, int timesteps);
    int windowCount() const;
    int window() const;
    // The chosen window's x span, shown beside the slider.
    void setSpan(double from, double to);
    QSlider *slider() const { return m_slider; }

public slots:
    void setWindow(int window);

signals:
    void windowChanged(int window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLabel();

    QLabel *m_title = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_position = nullptr;
    double m_from = 0.0;
    double m_to = 0.0;
};
