#pragma once

// Help > Guide: one page explaining the LSTM as the seed notes do (why a recurrent network,
// the unrolled picture is one cell reused at every step, what num_units means, each gate in
// both vocabularies, the seed's sine task, how to read each panel), speaking of the network
// the learner has now (its num_units, layers, time steps and parameter count) and showing
// the window's own panels as they are when the guide opens. "Show me" links ask the window
// to point at a panel or control. All text is built here from tr() paragraphs.

#include "gatevocabulary.h"
#include "modelconfig.h"

#include <QDialog>
#include <QImage>

#include <array>

class QTextBrowser;

class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    // What a "show me" link points at.
    enum class Target { Units, Prediction, Loss, Gates, ForgetGate, Inspector, Vocabulary, Batches };
    Q_ENUM(Target)
    // The live pictures the guide shows, taken from the window's panels.
    enum class Picture { Prediction, Loss, Gates, Inspector };
    static constexpr int pictureCount = 4;

    explicit GuideDialog(QWidget *parent = nullptr);

    void setModel(const lstmlab::ModelConfig &model);
    void setVocabulary(const GateVocabulary &vocabulary);
    // A picture of a panel as it looks now; a null image leaves that picture out.
    void setPicture(Picture picture, const QImage &image);
    QImage picture(Picture picture) const { return m_pictures[std::size_t(picture)]; }

    // The page as rich text, and as plain text.
    QString html() const { return m_html; }
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

    // The unrolled network drawn as one cell repeated over the time steps.
    static QImage unrolledPicture(int timesteps, const GateVocabulary &vocabulary, qreal devicePixelRatio = 1.0);
    // Marks a widget for a moment with a frame, so the learner sees where a link pointed.
    static void flash(QWidget *widget);

signals:
    void showMeRequested(GuideDialog::Target target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // Why gates: the plain RNN's, the GRU's and the LSTM's equations, their gates in both
    // vocabularies, and the vanishing gradient.
    QString whyGatesHtml() const;
    QString showMe(Target target, const QString &text) const;
    QString figure(const QString &resource, const QImage &image, const QString &caption) const;

    lstmlab::ModelConfig m_model;
    GateVocabulary m_vocabulary;
    std::array<QImage, pictureCount> m_pictures;
    QString m_html;
    QTextBrowser *m_browser = nullptr;
};
