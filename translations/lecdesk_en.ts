<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Record attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people took part? Leave a figure as “not recorded” if you do not know it; 0 means nobody came. Saving marks the event as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartImageDialog</name>
    <message>
        <source>Slides and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen and web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels, %4 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at this resolution the chart measures %1 × %2 cm, with texts at their usual size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>LECDESK_TODAY is “%1”, not a date written as YYYY-MM-DD (e.g. 2026-11-20); the system&apos;s date is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trieste Education Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinating &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster called “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterRepository</name>
    <message>
        <source>The cluster name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster called “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --database needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language “%1” is not available; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “lecdesk --help” for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lecdesk [--database PATH] [--language en|it] [COMMAND] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEC Desk keeps the register of a Local Education Cluster. Without a command it opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sample cluster with realistic, fictional partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the clusters with their region, country and number of partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners from a CSV file; a file with a bad row imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the partners of a cluster to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options, allowed anywhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages and of exported files (default: the system language, else English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help. “lecdesk COMMAND --help” shows the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the input or the data was refused, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lecdesk %1 %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “lecdesk %1 SUBCOMMAND --help” for the options of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a subcommand of “%2”; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language: en or it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lecdesk %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“lecdesk %1” needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the demo cluster (default: “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a sample cluster with realistic, fictional partners. A cluster that holds real data is never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo cluster “%1” exists already (%n partner(s)); nothing was changed.</source>
        <translation>
            <numerusform>The demo cluster “%1” exists already (%n partner); nothing was changed.</numerusform>
            <numerusform>The demo cluster “%1” exists already (%n partners); nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the demo cluster “%1” with %n partner(s).</source>
        <translation>
            <numerusform>Created the demo cluster “%1” with %n partner.</numerusform>
            <numerusform>Created the demo cluster “%1” with %n partners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinating organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the cluster “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the clusters with their region, country and number of partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no clusters yet. Add one with “lecdesk cluster add NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cluster called “%1”. “lecdesk cluster list” shows the clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no clusters yet. Add one with “lecdesk cluster add NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database holds %n cluster(s): choose one with --cluster NAME.</source>
        <translation>
            <numerusform>The database holds %n cluster: choose one with --cluster NAME.</numerusform>
            <numerusform>The database holds %n clusters: choose one with --cluster NAME.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster for rows without a cluster column (may be omitted when the database has one cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and skip the bad ones (default: a bad row imports nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports partners from a CSV file (see docs/file-formats.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of %1 can be imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, so nothing was imported. Correct them, or import the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>%n row has errors, so nothing was imported. Correct it, or import the other rows with --skip-invalid.</numerusform>
            <numerusform>%n rows have errors, so nothing was imported. Correct them, or import the other rows with --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would import %n partner(s) into “%1”.</source>
        <translation>
            <numerusform>Would import %n partner into “%1”.</numerusform>
            <numerusform>Would import %n partners into “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s) into “%1”.</source>
        <translation>
            <numerusform>Imported %n partner into “%1”.</numerusform>
            <numerusform>Imported %n partners into “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would skip %n row(s) with errors.</source>
        <translation>
            <numerusform>Would skip %n row with errors.</numerusform>
            <numerusform>Would skip %n rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with errors.</source>
        <translation>
            <numerusform>Skipped %n row with errors.</numerusform>
            <numerusform>Skipped %n rows with errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster to export (may be omitted when the database has one cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the partners of a cluster to a CSV file: English headers, commas and ISO dates, or Italian headers, semicolons and DD/MM/YYYY with --language it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n partner(s) of “%1” to %2.</source>
        <translation>
            <numerusform>Exported %n partner of “%1” to %2.</numerusform>
            <numerusform>Exported %n partners of “%1” to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name of the new cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events and their participation figures from a CSV file; a file with a bad row imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the events of a cluster to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the events of a cluster to an iCalendar file for calendar programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports events and their participation figures from a CSV file (see docs/file-formats.md). Organisers and partners are named as in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would import %n event(s) into “%1”.</source>
        <translation>
            <numerusform>Would import %n event into “%1”.</numerusform>
            <numerusform>Would import %n events into “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s) into “%1”.</source>
        <translation>
            <numerusform>Imported %n event into “%1”.</numerusform>
            <numerusform>Imported %n events into “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports the events of a cluster, with their participation figures, to a CSV file: English headers, commas and ISO dates, or Italian headers, semicolons and DD/MM/YYYY with --language it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) of “%1” to %2.</source>
        <translation>
            <numerusform>Exported %n event of “%1” to %2.</numerusform>
            <numerusform>Exported %n events of “%1” to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only events that take place on or after this day (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events that take place on or before this day (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of --from is after the day of --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the events of a cluster to an iCalendar (RFC 5545) file that calendar programs open; with --from and --to, only the events that take place in those days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iCalendar file to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It holds %n event(s).</source>
        <translation>
            <numerusform>It holds %n event.</numerusform>
            <numerusform>It holds %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the KPIs (institutions, people reached, events held) with their targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print: table (the default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the KPIs to this file instead of printing them: .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the KPIs of a cluster, or of every cluster, for a reporting period or any date range, with the targets of a named period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --cluster needs a cluster name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --period needs the name of a reporting period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 does not match the file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the periodic report (KPIs, charts, events, institutions) as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one KPI chart as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cluster together (the project roll-up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reporting period of the cluster, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD or DD/MM/YYYY), instead of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD or DD/MM/YYYY), instead of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --cluster NAME or --all, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --cluster NAME, or --all for every cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --period NAME or --from and --to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --period NAME, or the days with --from DATE --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to go together: --%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“lecdesk %1” needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the periodic report of a cluster, or of every cluster, for a reporting period or any range of days: a PDF with the KPIs against their targets, the charts, the events held by kind and the institutions involved by type, in the language of --language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report of %1, %2, to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to write: .png, .svg or .pdf; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width and height in pixels (default: 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution the texts are drawn for: 96 for a screen, 300 for print (default: 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws one KPI chart of a cluster, or of every cluster, for a reporting period or any range of days, with the cluster and the period printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file given with --out must end in %1, but “%2” does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Commands that write, such as “lecdesk cluster add NAME” or “lecdesk demo”, create one; if you meant another file, check --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date given with --%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“lecdesk cluster list” shows the clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, given with --format, is not a format: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, given with --size, is not a size: give the width and height in pixels, as in 1600x1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size “%1” given with --size is out of range: the width and the height must each be from 100 to 20000 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, given with --dpi, is not a resolution: give a whole number from 36 to 1200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFileFlow</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The header names the column “%1” twice (columns %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name in the header line and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column “%1” (in Italian “%2”) is missing from the header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) but the header line has %1.</source>
        <translation>
            <numerusform>This row has %n field but the header line has %1.</numerusform>
            <numerusform>This row has %n fields but the header line has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster is given for this row: name one with --cluster or fill the “cluster” column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cluster called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, optionally followed by a time as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date: that day does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid time: hours go from 0 to 23 and minutes from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be checked against the database, which cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: there is text after the closing quote of a field. A quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts on this line is never closed (a quote is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not UTF-8. Save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; CSV files of up to %2 MB can be read. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the limit for CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvVocabulary</name>
    <message>
        <source>“%1” is not a partner type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a school level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an event status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>No cluster yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard counts the institutions, people and events of a cluster against its targets. Create your cluster first, or load a fictional demo cluster to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reporting period of the cluster, or any dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list what it counts; right-click to export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart “%1” to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a chart as an image or a PDF, or the KPI table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KPI table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KPI table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI table not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the KPI table to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the periodic report of a cluster as a PDF, in Italian or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers shown are the last ones read: they cannot be read again now. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only. LEC Desk needs to write there to keep the database safe; choose a writable folder or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an LEC Desk database (it is not an SQLite file). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an LEC Desk database or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an LEC Desk database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LEC Desk (database version %2; this version knows up to %3). Update LEC Desk to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring the database %1 up to date (%2). The previous version was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be created there. Create the folder first, or check the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo Cluster (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster “%1” holds real data, so no demo data is added to it. Choose another name for the demo cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clusters cannot be read, so no demo data was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year %1/%2</source>
        <extracomment>A reporting period of the demo cluster, e.g. &quot;School year 2025/26&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>LEC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEC Desk cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LEC Desk window needs a display and none was found (DISPLAY and WAYLAND_DISPLAY are not set); “lecdesk --help” lists the commands that work without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventChangeCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Record attendance for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct attendance for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCsv</name>
    <message>
        <source>The column “%1” is not an event column and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of event is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for a participation figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner called “%1” in cluster “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster “%2” has several partners called “%1”; rename them so that each name is used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event called “%1” starting %2 already exists in cluster “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event called “%1” starting %2 is already on line %3 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are recorded once the event is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct attendance…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate event – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Laboratorio di robotica per la primaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Robotics lab for primary schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Aula magna, Liceo Faro del Carso, Trieste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://meet.example.org/room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nline link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other subjects, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEAM subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is now marked as held. Record how many people took part while you remember; a figure you do not know can stay “not recorded”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record figures now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear fi&amp;gures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the participation figures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation figures are recorded only for held events. Clear the figures of this event? If you keep them, the event cannot be saved until it is marked as held again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that leave its kind, status, start date and figures as they were can still be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>Search titles, places, partners, subjects… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventIcs</name>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Cannot save the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who took part: the sum of the recorded figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventValidator</name>
    <message>
        <source>A title is required, in Italian, in English or in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation figures are whole numbers of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation figures are recorded only for held events; this event is “%1”. Mark it as held, or clear the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end time needs a start time; give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (for example https://meet.example.org/room).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner cannot be both an organiser and a participant of the same event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is marked as held but starts in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participation figures have been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventVocabulary</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academy course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher-training students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>No cluster yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events belong to a cluster. Create your cluster first, or load a fictional demo cluster to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the cluster&apos;s events and Academy courses here: who organises them, for whom, and how many took part once they are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>No events on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on %1</source>
        <translation>
            <numerusform>%n event on %1</numerusform>
            <numerusform>%n events on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n event? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n events? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>Deleted %n event.</numerusform>
            <numerusform>Deleted %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the attendance of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event or Academy course (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected event (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new event that starts as a copy of the selected one (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how many took part in the selected event and mark it as held (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events from a CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cluster&apos;s events to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events shown, with their filters, as an iCalendar file for calendar programs (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s). Undo (Ctrl+Z) takes the import back.</source>
        <translation>
            <numerusform>Imported %n event. Undo (Ctrl+Z) takes the import back.</numerusform>
            <numerusform>Imported %n events. Undo (Ctrl+Z) takes the import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - events.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event is shown. Change or clear the filters to choose the events for the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - events.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) as a calendar in %1.</source>
        <translation>
            <numerusform>Saved %n event as a calendar in %1.</numerusform>
            <numerusform>Saved %n events as a calendar in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln participant(s)</source>
        <translation>
            <numerusform>Total: %Ln participant</numerusform>
            <numerusform>Total: %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: no figures recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo in this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo in this cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import partners – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n partner(s)</source>
        <translation>
            <numerusform>&amp;Import %n partner</numerusform>
            <numerusform>&amp;Import %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n event(s)</source>
        <translation>
            <numerusform>&amp;Import %n event</numerusform>
            <numerusform>&amp;Import %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Event status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (marked in red).</source>
        <translation>
            <numerusform>%n row has problems (marked in red).</numerusform>
            <numerusform>%n rows have problems (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every row into “%1”, the cluster on show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names: %1. Leave this unticked to import each row into the cluster it names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCalculator</name>
    <message>
        <source>There is no cluster named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reporting period, or the first and last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster has a reporting period named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; has no reporting period named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period &quot;%1&quot; has different dates in different clusters (%2 to %3, and %4 to %5). Give the first and last day instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the KPIs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the KPI targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the rows behind the KPIs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <source>Institutions involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researchers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher-training students reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Target set by %n of %1 clusters; progress counts those clusters only: %2 of the target of %3.</source>
        <translation>
            <numerusform>Target set by %n of %1 clusters; progress counts that cluster only: %2 of the target of %3.</numerusform>
            <numerusform>Target set by %n of %1 clusters; progress counts those clusters only: %2 of the target of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>Institutions involved by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached, month by month (accumulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No institution of %1 was a member during %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held event of %1 with participation figures starts in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held event of %1 starts in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the image format of &quot;%1&quot;: name it .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart size must be at least 100 × 100 pixels, and the resolution between 36 and 1200 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDrillDownDialog</name>
    <message>
        <source>Institutions behind the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events behind the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held event(s)</source>
        <translation>
            <numerusform>%n held event</numerusform>
            <numerusform>%n held events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected partner in the Partners section (partners of the cluster on show only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected event in the Events section (events of the cluster on show only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows shown are the last ones read: the list cannot be read again now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiDrillDownModel</name>
    <message>
        <source>Institutions involved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners of type “%1” that joined on or before %2 and had not left before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners that joined on or before %1 and had not left before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held events of kind “%1” starting between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held events starting between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total of %n event(s)</source>
        <translation>
            <numerusform>Total of %n event</numerusform>
            <numerusform>Total of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key performance indicators of %1 for %2. Institutions involved are the partners whose membership overlaps the period; the people reached and the events count the events held that start in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to report for this period: no institution was a member and no event was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report covers a range of dates rather than a reporting period, so no targets apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets were set for the reporting period “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets are those of the reporting period “%1”; progress is the actual value divided by the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions involved, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) held that start in the period, by kind and date, with the people who took part. A figure that was not recorded is shown as “%1” and counts as 0.</source>
        <translation>
            <numerusform>%n event held that starts in the period, by kind and date, with the people who took part. A figure that was not recorded is shown as “%1” and counts as 0.</numerusform>
            <numerusform>%n events held that start in the period, by kind and date, with the people who took part. A figure that was not recorded is shown as “%1” and counts as 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n event(s)</source>
        <translation>
            <numerusform>Total: %n event</numerusform>
            <numerusform>Total: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions involved by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) were members during the period: each joined before it ended and had not left before it began.</source>
        <translation>
            <numerusform>%n institution was a member during the period: it joined before the period ended and had not left before it began.</numerusform>
            <numerusform>%n institutions were members during the period: each joined before it ended and had not left before it began.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n institution(s)</source>
        <translation>
            <numerusform>%1: %n institution</numerusform>
            <numerusform>%1: %n institutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key performance indicators, events held and institutions involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project roll-up of every cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with LEC Desk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets are those of the reporting period “%1”, summed over the clusters that set them; progress is the actual value of those clusters divided by the target, so a cluster without the target adds nothing to its progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReportData</name>
    <message>
        <source>The institutions and events behind the KPIs do not add up to them; write the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the names in the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>Institutions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events held by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 of the target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Click or press Enter to list what it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the target of %2 (set by %n of %3 clusters)</source>
        <translation>
            <numerusform>%1 of the target of %2 (set by %n of %3 clusters)</numerusform>
            <numerusform>%1 of the target of %2 (set by %n of %3 clusters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiXlsx</name>
    <message>
        <source>the workbook cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About LEC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LEC Desk %1&lt;/h3&gt;&lt;p&gt;The desktop companion for the coordinators of Local Education Clusters: member institutions, events, workplans and KPIs, offline first.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LEC Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the cluster “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cluster is open. Its institutions and people are fictional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has been removed from the undo history; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s reporting periods and KPI targets; lock a period once it is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the periodic report of a cluster as a PDF, in Italian or English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database can be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database still cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerChangeCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)</source>
        <translation>
            <numerusform>Delete %n partner</numerusform>
            <numerusform>Delete %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerChooser</name>
    <message>
        <source>Already taking part in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already an organiser of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organised by (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;taking part (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerCsv</name>
    <message>
        <source>The file has a header line but no partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” is not a partner column and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner called “%1” already exists in cluster “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person %1 has more than four parts; write “name | role | e-mail | phone”, one person per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already on line %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a joined-on date a partner counts as a member in every period; give the date it joined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPanel</name>
    <message>
        <source>Select a partner to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerEditorDialog</name>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Istituto Comprensivo Roiano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ft on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that leave its type and membership dates as they were can still be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>Cannot save the partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerValidator</name>
    <message>
        <source>The type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another partner in this cluster is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school level is only given for schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected www.example.org or https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner cannot leave before it joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person %1: the name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person %1: “%2” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerVocabulary</name>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Museum or science centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business/industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-profit or association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governmental institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>No cluster yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEC Desk keeps the register of your cluster&apos;s member institutions. Create your cluster to start, or load a fictional demo cluster to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, city, e-mail, contacts… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current and former</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s)</source>
        <translation>
            <numerusform>%1 of %n partner</numerusform>
            <numerusform>%1 of %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its contact persons from the register? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s) and their contact persons from the register? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n partner and its contact persons from the register? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n partners and their contact persons from the register? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n partner(s).</source>
        <translation>
            <numerusform>Deleted %n partner.</numerusform>
            <numerusform>Deleted %n partners.</numerusform>
        </translation>
    </message>
    <message>
        <source>To record that a partner has left the cluster, give its “left on” date instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner to the register (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected partner (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected partners (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events the selected partner organised or took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners from a CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cluster&apos;s partners to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s). Undo (Ctrl+Z) takes the import back.</source>
        <translation>
            <numerusform>Imported %n partner. Undo (Ctrl+Z) takes the import back.</numerusform>
            <numerusform>Imported %n partners. Undo (Ctrl+Z) takes the import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - partners.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n partner(s) to %1.</source>
        <translation>
            <numerusform>Exported %n partner to %1.</numerusform>
            <numerusform>Exported %n partners to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)</source>
        <translation>
            <numerusform>Delete %n partner</numerusform>
            <numerusform>Delete %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodLock</name>
    <message>
        <source>“%1” counts towards the reporting period “%2” (%3 to %4), which is locked because it has been reported, so its KPIs can no longer change. To make this change, first unlock the period under Reports › Reporting periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the locked reporting periods, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Workplans are not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section will hold the cluster workplan: activities, responsibilities and contributions. It arrives in a later version of LEC Desk; nothing is shown here until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadProblemBar</name>
    <message>
        <source>The lists show what was read last; nothing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try reading the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write the periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters (project roll-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is a PDF document: name the file .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting periods cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodChangeCommand</name>
    <message>
        <source>Add period “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit period “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n period(s)</source>
        <translation>
            <numerusform>Delete %n period</numerusform>
            <numerusform>Delete %n periods</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock period “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock period “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodEditorDialog</name>
    <message>
        <source>New reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period – %1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reporting period – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Period 3, or School year 2024/25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the cluster aims to reach over the whole period, as the funder agreed it. Leave a KPI empty if it has no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached in these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This period is locked because it has been reported.&lt;/b&gt; Its name, dates and targets cannot change, and neither can the events and partners that count towards its KPIs. If a correction is needed, close this window, select the period in the list and choose &lt;i&gt;Unlock&lt;/i&gt;; lock it again once the correction is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the target for “%1” as a number such as %2, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2% of the target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodRepository</name>
    <message>
        <source>Cannot save the reporting period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period “%1” is locked because it has been reported. Unlock it before changing its name, dates or targets, or deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the reporting period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: edits that would change this period&apos;s KPIs are refused until it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the KPIs have a target for the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodValidator</name>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period a name, e.g. “Period 2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster already has a period named “%1” (%2 to %3). Give this one another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a KPI that takes a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodsDialog</name>
    <message>
        <source>Reporting periods – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods the cluster reports on to its funder, each with a target for every KPI. Lock a period once its report has been sent: from then on LEC Desk refuses any change that would alter its KPIs, so the figures stay the ones reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No reporting periods yet&lt;/b&gt;&lt;br&gt;Add the periods the cluster reports on, such as “Period 1” or “School year 2024/25”, with New period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the period as reported: its KPIs can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow corrections to a reported period again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked period cannot be deleted; unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the reporting period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its targets? Events and partners stay as they are. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the reporting period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock “%1” now that it has been reported?

While it is locked, LEC Desk refuses every change that would alter its KPIs: its dates and targets, the events held in it and their participation figures, and the partners that were members during it. Everything else stays editable.

You can unlock it later if a correction is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the reporting period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock “%1”?

Its dates and targets, and the events and partners that count towards its KPIs, can then change again, so its KPIs may no longer match what was reported. Lock it again once the correction is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period not unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file holds no partner that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n partner(s)</source>
        <translation>
            <numerusform>Import %n partner</numerusform>
            <numerusform>Import %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no event that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation>
            <numerusform>Import %n event</numerusform>
            <numerusform>Import %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of clusters cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting periods cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
