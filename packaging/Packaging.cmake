# Installation layout and installers (issue 7). Included at the end of the top-level
# CMakeLists.txt, after every target exists.
#   Linux:   cpack -G DEB   -> gkml_<version>_<arch>.deb (see packaging/ci-deb-check.sh)
#   Windows: cpack -G WIX   -> MSI (Chinese UI, per-machine), cpack -G ZIP -> portable zip
#            (see packaging/README.md and .github/workflows/windows.yml)

include(GNUInstallDirs)

set(GKML_APP_ID io.github.gkml.Gkml)
set(GKML_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(GKML_ICON_DIR ${CMAKE_SOURCE_DIR}/resources/icons)

# ---- Linux desktop integration (only with the GUI: the .desktop file launches it) ----------
if(UNIX AND NOT APPLE AND TARGET gkml)
    install(FILES ${GKML_PACKAGING_DIR}/linux/${GKML_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${GKML_PACKAGING_DIR}/linux/${GKML_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()
if(UNIX AND NOT APPLE)
    # Icons and the .gkml MIME type also serve file managers when only gkml-cli is installed.
    install(FILES ${GKML_ICON_DIR}/gkml.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES ${GKML_ICON_DIR}/gkml-file.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes
            RENAME application-x-gkml.svg)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${GKML_ICON_DIR}/png/gkml-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME gkml.png)
    endforeach()
    install(FILES ${GKML_PACKAGING_DIR}/linux/gkml-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
            RENAME gkml.xml)
endif()

# ---- Windows: Qt runtime (windeployqt), the C libraries from vcpkg, icon ---------------------
if(WIN32)
    if(TARGET gkml)
        # The exe icon (Explorer, taskbar, the MSI's shortcut and file association).
        target_sources(gkml PRIVATE ${GKML_PACKAGING_DIR}/windows/gkml.rc)
    endif()
    # windeployqt through Qt's deploy API: copies Qt DLLs, platform/sqldriver/imageformat/print
    # plugins and Qt's translations next to the installed exes at `cmake --install` / cpack time.
    foreach(target gkml gkml-cli)
        if(NOT TARGET ${target})
            continue()
        endif()
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
                                          NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT ${deploy_script})
    endforeach()
    # windeployqt does not copy non-Qt DLLs: QuaZip, and from vcpkg's bin folder
    # libqrencode and zlib (in manifest mode that folder holds exactly vcpkg.json's libraries).
    install(IMPORTED_RUNTIME_ARTIFACTS QuaZip::QuaZip RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    foreach(prefix ${QRENCODE_PREFIX})
        if(EXISTS ${prefix}/bin)
            install(DIRECTORY ${prefix}/bin/ DESTINATION ${CMAKE_INSTALL_BINDIR} FILES_MATCHING PATTERN "*.dll")
        endif()
    endforeach()
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries) # the MSVC runtime, so no separate vc_redist is needed
endif()

# ---- CPack -----------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME gkml)
set(CPACK_PACKAGE_VENDOR "GKML")
set(CPACK_PACKAGE_CONTACT "GKML developers <dev@gkml.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Government-affairs disclosure catalogue editor (政务公开事项标准目录)")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "GKML edits, checks, prints and packages the 政务公开事项标准目录 of a county office.\n"
       "It contains the desktop application gkml and the console tool gkml-cli.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "GKML")
set(CPACK_RESOURCE_FILE_LICENSE ${GKML_PACKAGING_DIR}/windows/license.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/" "/\\\\.ccache/")

# Debian package: SHLIBDEPS sees linked libraries only, so the SQLite driver plugin, the
# platform plugins and the CJK fonts (for PDF and print) are listed by hand.
set(CPACK_DEBIAN_PACKAGE_NAME gkml)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk, fonts-wqy-microhei, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# Windows MSI (WiX 3 through CPack WIX; see packaging/README.md).
# Never change the upgrade GUID: it is what lets a new MSI replace an installed older version.
set(CPACK_WIX_UPGRADE_GUID "6A1F3C9E-2B7D-4E58-9F0A-5C3D8E71B4A2")
set(CPACK_WIX_PRODUCT_ICON ${GKML_ICON_DIR}/gkml.ico)
set(CPACK_WIX_CULTURES "zh-CN")
set(CPACK_WIX_UI_REF "WixUI_InstallDir")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "公开目录")
set(CPACK_WIX_INSTALL_SCOPE "perMachine") # CMake >= 3.29; older CPack templates are per-machine too
set(CPACK_WIX_PATCH_FILE ${GKML_PACKAGING_DIR}/windows/gkml-wix-patch.xml) # .gkml association
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPPRODUCTICON ProductIcon.ico)
set(CPACK_WIX_ROOT_FEATURE_TITLE "公开目录 GKML")
# Start-menu shortcut "公开目录" to gkml.exe (CPack WIX and NSIS read this list).
set(CPACK_PACKAGE_EXECUTABLES "gkml" "公开目录")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    set(CPACK_PACKAGE_FILE_NAME "gkml-${PROJECT_VERSION}-win64")
    set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON) # the portable zip unpacks into one folder
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
