#pragma once

// The live map of the embeddings: the most frequent tokens as points on the plane of the first
// two principal components of their vectors (EmbeddingSpace::plane), labelled where a label
// fits without covering another (the more frequent first), so similar tokens are seen drifting
// together while training goes on. Hovering a point names it with its nearest neighbours;
// clicking it chooses it (tokenChosen), and the chosen token and its neighbours are marked and
// always labelled. Painted by hand from one data-to-pixel mapping (toPixel), like the heatmap.

#include "embedsnapshot.h"
#include "exportablepanel.h"

#include <QWidget>

#include <vector>

class EmbeddingMap : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    static constexpr int neighbourCount = 10;

    explicit EmbeddingMap(QWidget *parent = nullptr);

    void setSnapshot(const EmbedSnapshot &snapshot);
    void clear(const QString &message);
    // The token marked with its neighbours (-1: none). It may lie beyond the mapped tokens:
    // then only those of its neighbours on the map are marked.
    void setChosenToken(int token);
    int chosenToken() const { return m_chosen; }

    // For tests: the tokens whose labels were drawn last, and a token's point in pixels.
    const std::vector<int> &labelledTokens() const { return m_labelled; }
    QPointF pointOf(int token) const;
    QString toolTipAt(const QPoint &position) const;

    QString exportName() const override { return QStringLiteral("embedding-map"); }
    QString exportTitle() const override;
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override;

    QSize sizeHint() const override { return {640, 480}; }
    QSize minimumSizeHint() const override { return {320, 240}; }

signals:
    void tokenChosen(int token);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRectF plotRect() const;
    QPointF toPixel(float x, float y) const; // the one data-to-pixel mapping
    int tokenAt(const QPoint &position) const;
    QString tokenText(int token) const;
    void chooseNeighbours();

    EmbedSnapshot m_snapshot;
    QString m_message;
    int m_chosen = -1;
    std::vector<int> m_neighbours; // of m_chosen
    int m_hovered = -1;
    float m_minX = -1.f, m_maxX = 1.f, m_minY = -1.f, m_maxY = 1.f;
    mutable std::vector<int> m_labelled;
};
