# Desktop integration and the Debian package: icons, the .desktop entry, AppStream metainfo, the
# shared-mime-info type for *.reflekt, and CPack's DEB generator. The binary and the sample modules
# are installed by src/app/CMakeLists.txt, the translations by cmake/Translations.cmake.
set(REFLEKT_RESOURCES_DIR "${CMAKE_SOURCE_DIR}/resources")
if(REFLEKT_GUI)
    include(${CMAKE_CURRENT_LIST_DIR}/Translations.cmake)
endif()

if(REFLEKT_GUI)
    install(FILES "${REFLEKT_RESOURCES_DIR}/org.example.reflekt.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${REFLEKT_RESOURCES_DIR}/org.example.reflekt.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${REFLEKT_RESOURCES_DIR}/reflekt-mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME org.example.reflekt.xml)
    install(FILES "${REFLEKT_RESOURCES_DIR}/icons/org.example.reflekt.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    install(DIRECTORY "${REFLEKT_RESOURCES_DIR}/icons/hicolor/"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor" FILES_MATCHING PATTERN "*.png")
    # Debian looks for the licence at /usr/share/doc/<package>/copyright.
    install(FILES "${CMAKE_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/reflekt" RENAME copyright)
endif()

# The .deb (scripts/package-deb.sh). dpkg triggers refresh the menu, icon and MIME caches, so the
# package needs no maintainer scripts.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME reflekt)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Reflekt developers")
set(CPACK_PACKAGE_CONTACT "Reflekt maintainers <reflekt@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "player for reflective learning modules")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${REFLEKT_RESOURCES_DIR}/deb-description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.org/reflekt")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Qt loads the platform, GStreamer media and speech plugins at run time, and the PDF export needs
# DejaVu Sans; these are named by hand. The libraries the binary links come from dpkg-shlibdeps when it is
# there (dpkg-dev), else from the list below.
set(REFLEKT_DEB_RUNTIME_DEPENDS
    "libqt6multimediawidgets6 (>= 6.4), qt6-qpa-plugins, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav, qt6-speech-speechd-plugin, fonts-dejavu-core")
find_program(REFLEKT_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(REFLEKT_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${REFLEKT_DEB_RUNTIME_DEPENDS}")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6multimedia6 (>= 6.4), libqt6printsupport6 (>= 6.4), libqt6network6 (>= 6.4), libqt6texttospeech6 (>= 6.4), libqt6httpserver6 (>= 6.4), libqrencode4 (>= 4.0), libcairo2 (>= 1.16), libpangocairo-1.0-0 (>= 1.50), libzip4 (>= 1.0), libsqlite3-0 (>= 3.8.7), libstdc++6 (>= 11), libc6 (>= 2.34), ${REFLEKT_DEB_RUNTIME_DEPENDS}")
endif()
# speech-dispatcher (with a voice) speaks audio descriptions; without it the player says so.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, speech-dispatcher, speech-dispatcher-espeak-ng")
include(CPack)

if(REFLEKT_TESTS AND REFLEKT_GUI)
    # Installs into a scratch DESTDIR and checks what a desktop needs; then builds the .deb with
    # this build's CPack config and checks its control file and contents (skipped without dpkg-deb).
    add_test(NAME "install: files, desktop entry, AppStream, MIME type"
        COMMAND bash "${CMAKE_SOURCE_DIR}/tests/install/check-install.sh" "${CMAKE_BINARY_DIR}")
    add_test(NAME "install: deb control file and contents"
        COMMAND bash "${CMAKE_SOURCE_DIR}/tests/install/check-deb.sh" "${CMAKE_BINARY_DIR}")
    set_tests_properties("install: files, desktop entry, AppStream, MIME type"
        "install: deb control file and contents" PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
