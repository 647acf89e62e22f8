#pragma once

#include <QStringList>

// The handlers the command table names (CommandTable.cpp), each defined in the file of its group.
// A handler gets the arguments after the command's words and returns a CommandLine::ExitCode.
namespace Cli {

struct Invocation;

// ClusterCommands.cpp
int demo(const Invocation &invocation, const QStringList &arguments);
int clusterAdd(const Invocation &invocation, const QStringList &arguments);
int clusterList(const Invocation &invocation, const QStringList &arguments);

// PartnerCommands.cpp
int partnersImport(const Invocation &invocation, const QStringList &arguments);
int partnersExport(const Invocation &invocation, const QStringList &arguments);

// EventCommands.cpp
int eventsImport(const Invocation &invocation, const QStringList &arguments);
int eventsExport(const Invocation &invocation, const QStringList &arguments);
int eventsIcs(const Invocation &invocation, const QStringList &arguments);

// KpiCommands.cpp
int kpi(const Invocation &invocation, const QStringList &arguments);

// DocumentCommands.cpp
int report(const Invocation &invocation, const QStringList &arguments);
int chart(const Invocation &invocation, const QStringList &arguments);

} // namespace Cli
