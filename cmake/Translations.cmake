# The UI's translations: translations/reflekt_<lang>.ts (English is the source language) are built
# to .qm by lrelease with the reflekt target, placed in <build>/translations for runs from the build
# tree, and installed to share/reflekt/translations. `cmake --build B --target update_translations`
# (or scripts/update-translations.sh) refreshes the .ts files from the sources.
set(REFLEKT_LANGUAGES sv nb)
set(REFLEKT_TS_FILES)
foreach(lang IN LISTS REFLEKT_LANGUAGES)
    list(APPEND REFLEKT_TS_FILES "${CMAKE_SOURCE_DIR}/translations/reflekt_${lang}.ts")
endforeach()
set(REFLEKT_TRANSLATED_DIRS src/ui src/app src/export)
set(REFLEKT_LUPDATE_OPTIONS -locations none -no-obsolete -no-ui-lines)

set(REFLEKT_TR_SOURCES)
foreach(dir IN LISTS REFLEKT_TRANSLATED_DIRS)
    file(GLOB dir_sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/${dir}/*.cpp" "${CMAKE_SOURCE_DIR}/${dir}/*.h")
    list(APPEND REFLEKT_TR_SOURCES ${dir_sources})
endforeach()

set(REFLEKT_BUILD_TRANSLATIONS_DIR "${CMAKE_BINARY_DIR}/translations")
set_source_files_properties(${REFLEKT_TS_FILES} PROPERTIES OUTPUT_LOCATION "${REFLEKT_BUILD_TRANSLATIONS_DIR}")
qt_add_lupdate(reflekt TS_FILES ${REFLEKT_TS_FILES} SOURCES ${REFLEKT_TR_SOURCES}
    INCLUDE_DIRECTORIES "${CMAKE_SOURCE_DIR}/src" OPTIONS ${REFLEKT_LUPDATE_OPTIONS})
qt_add_lrelease(reflekt TS_FILES ${REFLEKT_TS_FILES} QM_FILES_OUTPUT_VARIABLE REFLEKT_QM_FILES)
install(FILES ${REFLEKT_QM_FILES} DESTINATION "${CMAKE_INSTALL_DATADIR}/reflekt/translations")
target_compile_definitions(reflekt PRIVATE
    REFLEKT_BUILD_TRANSLATIONS_DIR="${REFLEKT_BUILD_TRANSLATIONS_DIR}")
