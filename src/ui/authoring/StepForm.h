#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace reflekt {

class EditorDocument;

// One step of a module. Every step has a title per language and planned minutes; a film step
// has its film (copied in, its length read from the file), required share and captions (SRT is
// converted); a text or activity step its Markdown per language with a live preview; a
// reflection step its introduction and question tree.
class StepForm : public QWidget {
    Q_OBJECT
public:
    StepForm(EditorDocument* doc, std::size_t module, std::size_t step, QWidget* parent = nullptr);

    /** Brings a film file into the step, as the Choose film… button does. False on a refusal. */
    bool importFilm(const QString& file);
    /** Adds captions in `language` from a WebVTT or SRT file. */
    bool importCaptions(const QString& file, const QString& language);
    /** An activity's document in `language` becomes the PDF `file` (copied into activity/). */
    bool usePdf(const QString& file, const QString& language);

private:
    void buildFilm(QFormLayout* form);
    void buildDocument(QFormLayout* form, const QString& field);
    void buildReflection(QFormLayout* form);
    void updateFilmInfo();
    void warn(const QString& title, const QString& message);

    EditorDocument* m_doc;
    QString m_pointer;
    QLabel* m_filmInfo = nullptr;
    QLabel* m_captionsInfo = nullptr;
};

} // namespace reflekt
