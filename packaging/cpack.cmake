# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings for the Debian package (./dev package): knotmap_<version>_amd64.deb.
# Shared libraries are found by dpkg-shlibdeps; what Qt loads at run time (QML modules,
# the platform and image plugins, a font) is listed by hand, as nothing else can see it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME knotmap)
set(CPACK_PACKAGE_VENDOR "KnotMap")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "KnotMap records muscle knots (myofascial trigger points) where they are\n\
marked on a front and back body map, left and right apart, and where their\n\
pain is felt. For each spot it shows the likely muscle, common causes,\n\
self-care with times and where such a knot often refers pain. It keeps a\n\
daily pain score and a log of timed self-care sessions, says plainly when\n\
symptoms need a clinician, and prints a summary for a physiotherapist.\n\
Everything stays in one SQLite file on this computer; KnotMap has no\n\
network code.")
set(CPACK_PACKAGE_CONTACT "KnotMap developers <team@knotmap.org>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${KNOTMAP_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, \
qml6-module-qtquick-window, qml6-module-qtquick-templates, qml6-module-qtqml-workerscript, \
qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2")
# The session chime is the sound theme's "complete", played by libcanberra, which KnotMap
# loads when it is there (app/selfcare/chime.cpp): recommended, so that a minimal install
# stays small; libcanberra-pulse sends it through a PulseAudio or PipeWire desktop's
# server, which such a desktop has already. The file dialogs are the desktop's own through
# xdg-desktop-portal when Qt's portal theme is there (app/shell/dialogcolours.cpp).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, hicolor-icon-theme, libcanberra0, qt6-xdgdesktopportal-platformtheme")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libcanberra-pulse")
include(CPack)
