# Windows installer (CPack NSIS). Included from packaging/CMakeLists.txt only when WIN32.
# It cannot be built on the Debian machines: the recipe is docs/windows-build.md.
#
# `cmake --install` (and so `cpack -G NSIS`) copies sotay06.exe and sotay06-cli.exe to bin/,
# then runs windeployqt on them, which copies the Qt DLLs and the plugins the programs load
# at run time (platforms/qwindows, sqldrivers/qsqlite, iconengines/qsvgicon, imageformats,
# printsupport, styles) next to them. The MSVC runtime DLLs come from
# InstallRequiredSystemLibraries so that no separate vc_redist run is needed.

# Icon and version resource of both programs (sotay06.ico is resources/icons/sotay06.svg at
# 256 px). target_sources works on the targets of app/, which are defined before packaging/.
set(SOTAY06_ICO "${CMAKE_CURRENT_LIST_DIR}/sotay06.ico")
configure_file(${CMAKE_CURRENT_LIST_DIR}/sotay06.rc.in ${CMAKE_CURRENT_BINARY_DIR}/sotay06.rc @ONLY)
foreach(_program sotay06 sotay06-cli)
  if(TARGET ${_program})
    target_sources(${_program} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/sotay06.rc)
  endif()
endforeach()

get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qtbin "${_qmake}" DIRECTORY)
find_program(SOTAY06_WINDEPLOYQT windeployqt HINTS "${_qtbin}" REQUIRED)

set(_deploy_targets "$<TARGET_FILE_NAME:sotay06-cli>")
if(TARGET sotay06)
  string(APPEND _deploy_targets ";$<TARGET_FILE_NAME:sotay06>")
endif()
install(CODE "
  foreach(exe ${_deploy_targets})
    message(STATUS \"windeployqt \${exe}\")
    execute_process(
      COMMAND \"${SOTAY06_WINDEPLOYQT}\" --release --no-translations --no-compiler-runtime
              --no-opengl-sw --no-system-d3d-compiler
              \"\${CMAKE_INSTALL_PREFIX}/bin/\${exe}\"
      COMMAND_ERROR_IS_FATAL ANY)
  endforeach()
")

# sqlite3.dll: core calls SQLite directly on the QSQLITE connection, so the program and the
# qsqlite plugin must share this one DLL (see docs/windows-build.md).
if(TARGET SQLite::SQLite3)
  get_target_property(_sqlite_lib SQLite::SQLite3 IMPORTED_LOCATION)
  get_filename_component(_sqlite_dir "${_sqlite_lib}" DIRECTORY)
  file(GLOB _sqlite_dll "${_sqlite_dir}/../bin/sqlite3.dll" "${_sqlite_dir}/sqlite3.dll")
  if(_sqlite_dll)
    install(FILES ${_sqlite_dll} DESTINATION bin)
  endif()
endif()

# The report fonts (Liberation Serif/Sans 2.x, OFL): docs/windows-build.md step 4 puts the
# .ttf files in packaging/windows/fonts/; they are installed to <install>/fonts, which the
# desktop program registers with QFontDatabase at start (see /work/WIRING.md request).
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/fonts/ DESTINATION fonts OPTIONAL FILES_MATCHING PATTERN "*.ttf")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS)
# CPack's NSIS script is not Unicode: names shown by the installer stay ASCII.
set(CPACK_NSIS_PACKAGE_NAME "So tay 06 ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "So tay 06")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sotay06")
set(CPACK_PACKAGE_EXECUTABLES "sotay06;So tay 06")
set(CPACK_CREATE_DESKTOP_LINKS sotay06)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_INSTALLED_ICON_NAME [=[bin\sotay06.exe]=])
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/sotay06.ico")
  set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/sotay06.ico")
  set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/sotay06.ico")
endif()

# Ward files (*.sotay06) open in the program (the same association as the Linux MIME type).
# Bracket arguments: the NSIS text is written as NSIS reads it (CPACK_VERBATIM_VARIABLES is ON).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\.sotay06" "" "Sotay06.Ward"
  WriteRegStr HKLM "Software\Classes\Sotay06.Ward" "" "So tay 06 ward file"
  WriteRegStr HKLM "Software\Classes\Sotay06.Ward\DefaultIcon" "" "$INSTDIR\bin\sotay06.exe,0"
  WriteRegStr HKLM "Software\Classes\Sotay06.Ward\shell\open\command" "" '"$INSTDIR\bin\sotay06.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKLM "Software\Classes\Sotay06.Ward"
  DeleteRegValue HKLM "Software\Classes\.sotay06" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
