#pragma once

// Find a unit: "which unit tracks this?" (LSTMVis's question) for the text the network just
// read. Pick a feature of the text (inside quotes, inside brackets, position in the line, just
// after punctuation, first line of a poem; UnitFinder, core/text/unitfinder.h) and the value
// to compare (a gate, c or h); the list shows the units whose value follows the feature most
// closely, best first by |r| (the absolute Pearson correlation over the stretch's characters),
// each with its signed r and a bar as long as |r|, red when the unit rises with the feature
// and blue when it falls. Clicking a unit chooses it (unitChosen), for the character view to show.

#include "exportablepanel.h"
#include "gatetrace.h"
#include "unitfinder.h"

#include <QWidget>

#include <array>
#include <memory>
#include <vector>

namespace lstmlab {
struct TextTrace;
}
class QComboBox;
class QuantityBox;
class QLabel;
class QListWidget;

class FindUnitPanel : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    static constexpr int listedUnits = 10;

    explicit FindUnitPanel(QWidget *parent = nullptr);
    ~FindUnitPanel() override;

    // A new trace: the features are read from its text and the units ranked again.
    void setTrace(std::shared_ptr<const lstmlab::TextTrace> trace);

    void setFeature(lstmlab::TextFeature feature);
    lstmlab::TextFeature feature() const { return m_feature; }
    void setQuantity(lstmlab::Gate quantity);
    lstmlab::Gate quantity() const { return m_quantity; }
    // The layer whose units are ranked (0-based), or -1 for all layers together.
    void setLayerFilter(int layer);
    int layerFilter() const { return m_layerFilter; }

    // The units listed, best first, and what each list row says.
    const std::vector<lstmlab::UnitScore> &ranking() const { return m_ranking; }
    QString rowText(int row) const;
    QListWidget *list() const { return m_list; }
    // The feature's name and its one-line explanation.
    static QString featureName(lstmlab::TextFeature feature);
    static QString featureDescription(lstmlab::TextFeature feature);

    QSize sizeHint() const override;

    // ExportablePanel: the panel as shown; the CSV lists the ranking.
    QString exportName() const override;
    QString exportTitle() const override;
    QWidget *exportWidget() override;
    QString exportCsv() const override;

signals:
    void unitChosen(int layer, int unit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLayerBox();
    void rank();
    void fillList();

    std::shared_ptr<const lstmlab::TextTrace> m_trace;
    std::array<std::vector<float>, lstmlab::textFeatureCount> m_features;
    lstmlab::TextFeature m_feature = lstmlab::TextFeature::PositionInLine;
    lstmlab::Gate m_quantity = lstmlab::Gate::CellState;
    int m_layerFilter = -1;
    std::vector<lstmlab::UnitScore> m_ranking;

    QLabel *m_featureLabel = nullptr;
    QComboBox *m_featureBox = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QuantityBox *m_quantityBox = nullptr; // the trace's cell's values
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layerBox = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_scoreLabel = nullptr;
};
