# The core-no-qt test: builds the probe (qt_probe.cpp, a Qt include compiled with core's flags)
# and passes only when that build fails because the Qt header is not found. Any other outcome
# fails with a message: a probe that builds means Qt leaked into core; a probe that fails for
# another reason (a broken build, a typo) proves nothing.
#   cmake -DBUILD_DIR=<build directory> -P core-no-qt.cmake
if(NOT BUILD_DIR)
  message(FATAL_ERROR "core-no-qt: pass -DBUILD_DIR=<the build directory>")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target lstmlab_core_qt_probe
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output
  RESULT_VARIABLE result)
if(result EQUAL 0)
  message(FATAL_ERROR "core-no-qt: the probe built, so <QString> is reachable from core's include "
                      "path or link graph: Qt has leaked into core")
endif()
# GCC: "QString: No such file or directory"; Clang: "'QString' file not found".
if(NOT output MATCHES "QString: No such file or directory|'QString' file not found")
  message(FATAL_ERROR "core-no-qt: the probe failed, but not because <QString> is missing, so the "
                      "test proves nothing. The build said:\n${output}")
endif()
message(STATUS "core-no-qt: <QString> is out of core's reach, as it should be")
