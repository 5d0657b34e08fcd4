# LSTM Lab's translations (Qt Linguist), included from ui/CMakeLists.txt.
#
# lupdate reads the ui library's sources into the .ts files here; lrelease compiles them into
# .qm catalogues, which are embedded in lstmlab_ui under :/i18n (Translations loads them from
# there) and installed under share/lstm-lab/translations for packagers and translators.
# lstm-lab_en.ts holds only the English plural forms ("%n file(s)" -> "1 file", "3 files").
#
# After changing user-visible strings:
#   cmake --build <build> --target update_translations   # lupdate; gone strings are dropped
#   linguist resources/translations/lstm-lab_zh_CN.ts      # translate what is new
# The ui-translations test fails while any zh_CN entry is unfinished.
include(GNUInstallDirs)

set(LSTMLAB_TS_FILES
  ${CMAKE_CURRENT_LIST_DIR}/lstm-lab_en.ts
  ${CMAKE_CURRENT_LIST_DIR}/lstm-lab_zh_CN.ts)

# The ui library's own sources, as absolute paths: lupdate would resolve relative ones against
# this file's folder.
get_target_property(lstmlab_ui_sources lstmlab_ui SOURCES)
list(FILTER lstmlab_ui_sources INCLUDE REGEX "\\.(cpp|h)$")
list(TRANSFORM lstmlab_ui_sources PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)

qt_add_translations(lstmlab_ui
  TS_FILES ${LSTMLAB_TS_FILES}
  SOURCES ${lstmlab_ui_sources}
  QM_FILES_OUTPUT_VARIABLE LSTMLAB_QM_FILES
  LUPDATE_OPTIONS -no-obsolete -locations none
  LRELEASE_OPTIONS -silent)
qt_add_resources(lstmlab_ui lstmlab_translations
  PREFIX /i18n
  BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${LSTMLAB_QM_FILES})
install(FILES ${LSTMLAB_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/lstm-lab/translations)
