#include "findunitpanel.h"

#include "gatepanel.h"
#include "quantitybox.h"
#include "texttrace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using lstmlab::Gate;
using lstmlab::TextFeature;
using lstmlab::UnitFinder;

namespace {

constexpr int barWidth = 60;
constexpr int barHeight = 10;
// The diverging scale's ends (ColorBrewer RdBu, as the gate maps): rises red, falls blue.
const QColor risesColour(178, 24, 43);
const QColor fallsColour(33, 102, 172);

QIcon scoreBar(float score, bool rises, qreal pixelRatio)
{
    QPixmap bar(QSize(barWidth, barHeight) * pixelRatio);
    bar.setDevicePixelRatio(pixelRatio);
    bar.fill(Qt::transparent);
    QPainter painter(&bar);
    painter.setPen(QPen(QColor(128, 128, 128), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(0.5, 0.5, barWidth - 1, barHeight - 1));
    painter.fillRect(QRectF(1, 1, (barWidth - 2) * double(std::clamp(score, 0.f, 1.f)), barHeight - 2),
                     rises ? risesColour : fallsColour);
    return QIcon(bar);
}

} // namespace

FindUnitPanel::FindUnitPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    auto *grid = new QGridLayout;
    m_featureLabel = new QLabel(this);
    m_featureBox = new QComboBox(this);
    m_featureBox->setObjectName(QStringLiteral("findFeature"));
    m_featureLabel->setBuddy(m_featureBox);
    for (int k = 0; k < lstmlab::textFeatureCount; ++k)
        m_featureBox->addItem(QString());
    m_quantityLabel = new QLabel(this);
    m_quantityBox = new QuantityBox(this);
    m_quantityBox->setObjectName(QStringLiteral("findQuantity"));
    m_quantityLabel->setBuddy(m_quantityBox);
    m_quantityBox->setCurrentIndex(int(m_quantity));
    m_featureBox->setCurrentIndex(int(m_feature));
    m_layerLabel = new QLabel(this);
    m_layerBox = new QComboBox(this);
    m_layerBox->setObjectName(QStringLiteral("findLayer"));
    m_layerLabel->setBuddy(m_layerBox);
    m_layerBox->addItem(QString());
    grid->addWidget(m_featureLabel, 0, 0);
    grid->addWidget(m_featureBox, 0, 1);
    grid->addWidget(m_quantityLabel, 1, 0);
    grid->addWidget(m_quantityBox, 1, 1);
    grid->addWidget(m_layerLabel, 2, 0);
    grid->addWidget(m_layerBox, 2, 1);
    grid->setColumnStretch(1, 1);
    column->addLayout(grid);
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setWordWrap(true);
    column->addWidget(m_descriptionLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("unitRanking"));
    m_list->setIconSize(QSize(barWidth, barHeight));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column->addWidget(m_list, 1);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setWordWrap(true);
    column->addWidget(m_scoreLabel);

    connect(m_featureBox, &QComboBox::activated, this, [this](int k) { setFeature(TextFeature(k)); });
    connect(m_quantityBox, &QComboBox::activated, this, [this](int k) { setQuantity(Gate(k)); });
    connect(m_layerBox, &QComboBox::activated, this, [this](int k) { setLayerFilter(k - 1); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < int(m_ranking.size()))
            emit unitChosen(m_ranking[std::size_t(row)].layer, m_ranking[std::size_t(row)].unit);
    });
    retranslate();
}

FindUnitPanel::~FindUnitPanel() = default;

QString FindUnitPanel::featureName(TextFeature feature)
{
    switch (feature) {
    case TextFeature::InsideQuotes:
        return tr("Inside quotes");
    case TextFeature::InsideBrackets:
        return tr("Inside brackets");
    case TextFeature::PositionInLine:
        return tr("Position in the line");
    case TextFeature::AfterPunctuation:
        return tr("Just after punctuation");
    case TextFeature::StartOfPoem:
        return tr("First line of a poem");
    }
    return {};
}

QString FindUnitPanel::featureDescription(TextFeature feature)
{
    switch (feature) {
    case TextFeature::InsideQuotes:
        return tr("1 between quotation marks (\"…\", “…”, 「…」, 『…』), else 0.");
    case TextFeature::InsideBrackets:
        return tr("1 inside brackets ((…), […], （…）, 《…》, 【…】), else 0.");
    case TextFeature::PositionInLine:
        return tr("How many characters of the line have been read: 1, 2, 3 … and 0 at the newline.");
    case TextFeature::AfterPunctuation:
        return tr("1 when the character just read is a punctuation mark (. , ; : ! ? ， 。 、 …), else 0.");
    case TextFeature::StartOfPoem:
        return tr("1 on the first line of a poem or paragraph (after a blank line or a % line), else 0.");
    }
    return {};
}

void FindUnitPanel::retranslate()
{
    m_featureLabel->setText(tr("&Feature:"));
    m_quantityLabel->setText(tr("&Value:"));
    m_layerLabel->setText(tr("&Layers:"));
    for (int k = 0; k < lstmlab::textFeatureCount; ++k)
        m_featureBox->setItemText(k, featureName(TextFeature(k)));
    m_layerBox->setItemText(0, tr("All layers"));
    for (int k = 1; k < m_layerBox->count(); ++k)
        m_layerBox->setItemText(k, tr("Layer %1").arg(k));
    m_descriptionLabel->setText(featureDescription(m_feature));
    m_list->setToolTip(tr("Click a unit to show it in the character view."));
    setWhatsThis(tr("<b>Find a unit</b><p>Which unit tracks a feature of the text? The units are ranked by |r|, "
                    "the absolute Pearson correlation between the chosen value of a unit and the feature over the "
                    "characters shown: 1 follows it exactly, 0 not at all. r &gt; 0: the unit rises with the "
                    "feature; r &lt; 0: it falls. Click a unit to tint the text with it.</p>"));
    fillList();
}

void FindUnitPanel::setTrace(std::shared_ptr<const lstmlab::TextTrace> trace)
{
    m_trace = std::move(trace);
    if (m_trace && !m_trace->empty() && m_trace->gates.cell != m_quantityBox->cell()) {
        m_quantityBox->setCell(m_trace->gates.cell); // another cell: its own values to rank by
        m_quantity = m_quantityBox->available(m_quantity);
        m_quantityBox->setCurrentIndex(int(m_quantity));
    }
    if (m_trace && !m_trace->empty())
        m_features = UnitFinder::features(m_trace->characters, m_trace->context);
    else
        m_features = {};
    updateLayerBox();
    rank();
}

void FindUnitPanel::setFeature(TextFeature feature)
{
    m_feature = feature;
    m_featureBox->setCurrentIndex(int(feature));
    m_descriptionLabel->setText(featureDescription(feature));
    rank();
}

void FindUnitPanel::setQuantity(Gate quantity)
{
    m_quantity = m_quantityBox->available(quantity);
    m_quantityBox->setCurrentIndex(int(m_quantity));
    rank();
}

void FindUnitPanel::setLayerFilter(int layer)
{
    const int layers = m_trace ? int(m_trace->gates.layers.size()) : 0;
    m_layerFilter = layer >= 0 && layer < layers ? layer : -1;
    m_layerBox->setCurrentIndex(m_layerFilter + 1);
    rank();
}

void FindUnitPanel::updateLayerBox()
{
    const int layers = m_trace ? int(m_trace->gates.layers.size()) : 0;
    while (m_layerBox->count() > layers + 1)
        m_layerBox->removeItem(m_layerBox->count() - 1);
    while (m_layerBox->count() < layers + 1)
        m_layerBox->addItem(tr("Layer %1").arg(m_layerBox->count()));
    if (m_layerFilter >= layers)
        m_layerFilter = -1;
    m_layerBox->setCurrentIndex(m_layerFilter + 1);
}

void FindUnitPanel::rank()
{
    m_ranking.clear();
    // A feature that never changes ranks nothing: every unit would score 0.
    const std::vector<float> &values = m_features[std::size_t(m_feature)];
    const bool varies = std::any_of(values.begin(), values.end(), [&](float v) { return v != values.front(); });
    if (m_trace && !m_trace->empty() && varies)
        m_ranking = UnitFinder::rank(m_trace->gates, m_layerFilter, m_quantity, m_features[std::size_t(m_feature)],
                                     listedUnits);
    fillList();
}

QString FindUnitPanel::rowText(int row) const
{
    if (row < 0 || row >= int(m_ranking.size()))
        return {};
    const lstmlab::UnitScore &s = m_ranking[std::size_t(row)];
    // The signed r: + rises with the feature, − falls with it; the list is ordered by |r|.
    const QString r = (s.correlation >= 0.f ? QStringLiteral("+") : QStringLiteral("−"))
        + QLocale().toString(double(std::abs(s.correlation)), 'f', 2);
    return tr("r = %1 · layer %2, unit %3").arg(r).arg(s.layer + 1).arg(s.unit);
}

void FindUnitPanel::fillList()
{
    m_list->clear();
    const qreal ratio = devicePixelRatioF();
    for (int row = 0; row < int(m_ranking.size()); ++row) {
        const lstmlab::UnitScore &s = m_ranking[std::size_t(row)];
        auto *item = new QListWidgetItem(scoreBar(s.score, s.correlation >= 0.f, ratio), rowText(row), m_list);
        const QString direction = s.correlation >= 0.f ? tr("It rises with the feature.")
                                                        : tr("It falls as the feature rises.");
        item->setToolTip(tr("Pearson r = %1 between %2 of this unit and “%3” over the %4 characters. %5")
                             .arg(QLocale().toString(double(s.correlation), 'f', 3),
                                  m_quantityBox->name(m_quantity), featureName(m_feature))
                             .arg(m_trace ? m_trace->length() : 0)
                             .arg(direction));
    }
    if (!m_trace || m_trace->empty()) {
        m_scoreLabel->setText(tr("No text traced yet."));
        return;
    }
    const std::vector<float> &values = m_features[std::size_t(m_feature)];
    const bool constant = std::all_of(values.begin(), values.end(), [&](float v) { return v == values.front(); });
    m_scoreLabel->setText(constant ? tr("This feature does not change over the %1 characters shown, so no unit "
                                        "can follow it: choose another.")
                                         .arg(m_trace->length())
                                   : tr("Score: |r|, how closely the value follows the feature over the %1 "
                                        "characters (1: exactly, 0: not at all).")
                                         .arg(m_trace->length()));
}

QSize FindUnitPanel::sizeHint() const
{
    return {280, 300};
}

void FindUnitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString FindUnitPanel::exportName() const
{
    return QStringLiteral("find-unit");
}

QString FindUnitPanel::exportTitle() const
{
    return tr("Find a unit");
}

QWidget *FindUnitPanel::exportWidget()
{
    return this;
}

QString FindUnitPanel::exportCsv() const
{
    static const std::array<const char *, lstmlab::textFeatureCount> features{
        "inside_quotes", "inside_brackets", "position_in_line", "after_punctuation", "first_line_of_poem"};
    static const std::array<const char *, lstmlab::gateCount> keys{"i", "f", "g", "o", "c", "h"};
    QString csv = QStringLiteral("rank,feature,quantity,layer,unit,score,correlation\n");
    for (std::size_t k = 0; k < m_ranking.size(); ++k)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(k + 1)
                   .arg(QLatin1String(features[std::size_t(m_feature)]), QLatin1String(keys[std::size_t(m_quantity)]))
                   .arg(m_ranking[k].layer + 1)
                   .arg(m_ranking[k].unit)
                   .arg(double(m_ranking[k].score), 0, 'g', 7)
                   .arg(double(m_ranking[k].correlation), 0, 'g', 7);
    return csv;
}
