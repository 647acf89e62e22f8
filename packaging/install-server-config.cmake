# Installs the server's configuration as /etc/lecdesk-server/lecdesk-server.conf (a conffile of
# the Debian package), but never over one an administrator already has: an install by hand keeps
# it, and the example in share/doc/lecdesk-server is there to compare with. As GNUInstallDirs
# does, only the /usr prefix (the package's) puts it in /etc; another prefix gets PREFIX/etc.
# Set by packaging/CMakeLists.txt: lecdesk_server_config_example.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(etc "/etc")
else()
    set(etc "${CMAKE_INSTALL_PREFIX}/etc")
endif()
# file(INSTALL) puts DESTDIR (CPack's staging folder) in front of the absolute folder itself.
if(EXISTS "$ENV{DESTDIR}${etc}/lecdesk-server/lecdesk-server.conf")
    message(STATUS "Keeping: $ENV{DESTDIR}${etc}/lecdesk-server/lecdesk-server.conf")
else()
    file(INSTALL "${lecdesk_server_config_example}" DESTINATION "${etc}/lecdesk-server"
        RENAME lecdesk-server.conf)
endif()
