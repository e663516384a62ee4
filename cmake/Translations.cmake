# The UI's translations: translations/reflekt_<lang>.ts (English is the source language) are built
# to .qm by lrelease with the reflekt target, placed in <build>/translations for runs from the build
# tree, and installed to share/reflekt/translations. scripts/update-translations.sh (or the target
# update_translations) refreshes the .ts files from the sources.
set(REFLEKT_LANGUAGES sv nb)
set(REFLEKT_TS_FILES)
foreach(lang IN LISTS REFLEKT_LANGUAGES)
    list(APPEND REFLEKT_TS_FILES "${CMAKE_SOURCE_DIR}/translations/reflekt_${lang}.ts")
endforeach()
set(REFLEKT_TRANSLATED_DIRS src/ui src/app src/export src/platform src/reporting)
set(REFLEKT_LUPDATE_OPTIONS -locations none -no-obsolete -no-ui-lines)

set(REFLEKT_TR_SOURCES)
foreach(dir IN LISTS REFLEKT_TRANSLATED_DIRS)
    # Recursive: src/ui keeps its features in folders, and lupdate itself reads folders recursively.
    file(GLOB_RECURSE dir_sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/${dir}/*.cpp" "${CMAKE_SOURCE_DIR}/${dir}/*.h")
    list(APPEND REFLEKT_TR_SOURCES ${dir_sources})
endforeach()

set(REFLEKT_BUILD_TRANSLATIONS_DIR "${CMAKE_BINARY_DIR}/translations")
set_source_files_properties(${REFLEKT_TS_FILES} PROPERTIES OUTPUT_LOCATION "${REFLEKT_BUILD_TRANSLATIONS_DIR}")
qt_add_lupdate(reflekt TS_FILES ${REFLEKT_TS_FILES} SOURCES ${REFLEKT_TR_SOURCES}
    INCLUDE_DIRECTORIES "${CMAKE_SOURCE_DIR}/src" OPTIONS ${REFLEKT_LUPDATE_OPTIONS})
# qt_extra_<lang>.ts: Qt's own strings Reflekt shows (standard buttons, editing menus), by hand.
set(REFLEKT_QT_EXTRA_TS_FILES)
foreach(lang IN LISTS REFLEKT_LANGUAGES)
    list(APPEND REFLEKT_QT_EXTRA_TS_FILES "${CMAKE_SOURCE_DIR}/translations/qt_extra_${lang}.ts")
endforeach()
set_source_files_properties(${REFLEKT_QT_EXTRA_TS_FILES} PROPERTIES OUTPUT_LOCATION "${REFLEKT_BUILD_TRANSLATIONS_DIR}")
# reflekt_en.ts: only the English plural forms (lupdate -pluralonly; scripts/update-translations.sh).
set(REFLEKT_EN_TS_FILE "${CMAKE_SOURCE_DIR}/translations/reflekt_en.ts")
set_source_files_properties(${REFLEKT_EN_TS_FILE} PROPERTIES OUTPUT_LOCATION "${REFLEKT_BUILD_TRANSLATIONS_DIR}")
qt_add_lrelease(reflekt TS_FILES ${REFLEKT_TS_FILES} ${REFLEKT_QT_EXTRA_TS_FILES} ${REFLEKT_EN_TS_FILE}
    QM_FILES_OUTPUT_VARIABLE REFLEKT_QM_FILES)
install(FILES ${REFLEKT_QM_FILES} DESTINATION "${CMAKE_INSTALL_DATADIR}/reflekt/translations")
target_compile_definitions(reflekt PRIVATE
    REFLEKT_BUILD_TRANSLATIONS_DIR="${REFLEKT_BUILD_TRANSLATIONS_DIR}")
if(TARGET tests_ui)
    # tests/ui loads the built catalogues (test_language.cpp).
    add_dependencies(tests_ui reflekt_lrelease)
    target_compile_definitions(tests_ui PRIVATE
        REFLEKT_BUILD_TRANSLATIONS_DIR="${REFLEKT_BUILD_TRANSLATIONS_DIR}")
endif()
if(REFLEKT_TESTS)
    # Fails when a .ts file has an unfinished entry, an entry whose source string is gone, or lacks
    # a string the sources now have (lupdate is run on a scratch copy and must change nothing).
    add_test(NAME "translations: sv and nb are complete and current, English plurals too"
        COMMAND bash "${CMAKE_SOURCE_DIR}/tests/install/check-translations.sh"
            "$<TARGET_FILE:Qt6::lupdate>" "${CMAKE_SOURCE_DIR}" ${REFLEKT_LANGUAGES} en)
    set_tests_properties("translations: sv and nb are complete and current, English plurals too"
        PROPERTIES TIMEOUT 300)
endif()
