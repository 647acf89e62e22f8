<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Record attendance</source>
        <translation>Registra le presenze</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>How many people took part? Leave a figure as “not recorded” if you do not know it; 0 means nobody came. Saving marks the event as held.</source>
        <translation>Quante persone hanno partecipato? Lascia un dato “non registrato” se non lo conosci; 0 significa che non è venuto nessuno. Salvando, l&apos;evento risulta svolto.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Correct attendance</source>
        <translation>Correggi le presenze</translation>
    </message>
</context>
<context>
    <name>ChartImageDialog</name>
    <message>
        <source>Slides and documents</source>
        <translation>Presentazioni e documenti</translation>
    </message>
    <message>
        <source>Screen and web pages</source>
        <translation>Schermo e pagine web</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Chart image size</source>
        <translation>Dimensioni dell&apos;immagine del grafico</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels, %4 dpi</source>
        <translation>%1: %2 × %3 pixel, %4 dpi</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Dimensioni personalizzate</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Dimensioni:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Risoluzione:</translation>
    </message>
    <message>
        <source>Printed at this resolution the chart measures %1 × %2 cm, with texts at their usual size.</source>
        <translation>Stampato a questa risoluzione, il grafico misura %1 × %2 cm, con i testi alla loro dimensione abituale.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>LECDESK_TODAY is “%1”, not a date written as YYYY-MM-DD (e.g. 2026-11-20); the system&apos;s date is used.</source>
        <translation>LECDESK_TODAY vale “%1”, che non è una data scritta come AAAA-MM-GG (per esempio 2026-11-20); si usa la data del sistema.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>New cluster</source>
        <translation>Nuovo cluster</translation>
    </message>
    <message>
        <source>e.g. Trieste Education Cluster</source>
        <translation>es. Cluster educativo di Trieste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regione:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>Coordinating &amp;organisation:</source>
        <translation>&amp;Ente coordinatore:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>A cluster called “%1” already exists.</source>
        <translation>Esiste già un cluster di nome “%1”.</translation>
    </message>
</context>
<context>
    <name>ClusterRepository</name>
    <message>
        <source>The cluster name is required.</source>
        <translation>Il nome del cluster è obbligatorio.</translation>
    </message>
    <message>
        <source>A cluster called “%1” already exists.</source>
        <translation>Esiste già un cluster di nome “%1”.</translation>
    </message>
    <message>
        <source>Cannot save the cluster: %1</source>
        <translation>Impossibile salvare il cluster: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L&apos;opzione --%1 richiede un valore.</translation>
    </message>
    <message>
        <source>The option --database needs a file name.</source>
        <translation>L&apos;opzione --database richiede un nome di file.</translation>
    </message>
    <message>
        <source>The language “%1” is not available; use %2.</source>
        <translation>La lingua “%1” non è disponibile; usa %2.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Opzione sconosciuta “%1”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando sconosciuto “%1”.</translation>
    </message>
    <message>
        <source>Run “lecdesk --help” for the commands and their options.</source>
        <translation>Esegui “lecdesk --help” per l&apos;elenco dei comandi e delle relative opzioni.</translation>
    </message>
    <message>
        <source>Usage: lecdesk [--database PATH] [--language en|it] [COMMAND] [OPTIONS]</source>
        <translation>Uso: lecdesk [--database PATH] [--language en|it] [COMANDO] [OPZIONI]</translation>
    </message>
    <message>
        <source>LEC Desk keeps the register of a Local Education Cluster. Without a command it opens the window.</source>
        <translation>LEC Desk gestisce il registro di un Local Education Cluster. Senza un comando apre la finestra del programma.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Create a sample cluster with realistic, fictional partners.</source>
        <translation>Crea un cluster di esempio con partner fittizi ma realistici.</translation>
    </message>
    <message>
        <source>Add a cluster.</source>
        <translation>Aggiungi un cluster.</translation>
    </message>
    <message>
        <source>List the clusters with their region, country and number of partners.</source>
        <translation>Elenca i cluster con regione, paese e numero di partner.</translation>
    </message>
    <message>
        <source>Import partners from a CSV file; a file with a bad row imports nothing.</source>
        <translation>Importa partner da un file CSV; se una riga è errata non viene importato nulla.</translation>
    </message>
    <message>
        <source>Export the partners of a cluster to a CSV file.</source>
        <translation>Esporta i partner di un cluster in un file CSV.</translation>
    </message>
    <message>
        <source>Global options, allowed anywhere:</source>
        <translation>Opzioni globali, ammesse in qualsiasi posizione:</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Il file del database (predefinito: %1).</translation>
    </message>
    <message>
        <source>The language of messages and of exported files (default: the system language, else English).</source>
        <translation>La lingua dei messaggi e dei file esportati (predefinita: la lingua di sistema, altrimenti l&apos;inglese).</translation>
    </message>
    <message>
        <source>Show this help. “lecdesk COMMAND --help” shows the options of a command.</source>
        <translation>Mostra questo aiuto. “lecdesk COMANDO --help” mostra le opzioni di un comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the input or the data was refused, 2 wrong usage.</source>
        <translation>Stato di uscita: 0 successo, 1 input o dati rifiutati, 2 uso errato.</translation>
    </message>
    <message>
        <source>Usage: lecdesk %1 %2 …</source>
        <translation>Uso: lecdesk %1 %2 …</translation>
    </message>
    <message>
        <source>Run “lecdesk %1 SUBCOMMAND --help” for the options of one.</source>
        <translation>Esegui “lecdesk %1 SOTTOCOMANDO --help” per le opzioni di un sottocomando.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>“%1” richiede uno dei seguenti sottocomandi: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a subcommand of “%2”; use one of: %3.</source>
        <translation>“%1” non è un sottocomando di “%2”; usa uno dei seguenti: %3.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Il file del database.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>The language: en or it.</source>
        <translation>La lingua: en o it.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Usage: lecdesk %1 [options]</source>
        <translation>Uso: lecdesk %1 [opzioni]</translation>
    </message>
    <message>
        <source>“lecdesk %1” needs %2.</source>
        <translation>“lecdesk %1” richiede %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argomento inatteso “%1”.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>The name of the demo cluster (default: “%1”).</source>
        <translation>Il nome del cluster dimostrativo (predefinito: “%1”).</translation>
    </message>
    <message>
        <source>Creates a sample cluster with realistic, fictional partners. A cluster that holds real data is never touched.</source>
        <translation>Crea un cluster di esempio con partner fittizi ma realistici. Un cluster che contiene dati reali non viene mai modificato.</translation>
    </message>
    <message numerus="yes">
        <source>The demo cluster “%1” exists already (%n partner(s)); nothing was changed.</source>
        <translation>
            <numerusform>Il cluster dimostrativo “%1” esiste già (%n partner); non è stato modificato nulla.</numerusform>
            <numerusform>Il cluster dimostrativo “%1” esiste già (%n partner); non è stato modificato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the demo cluster “%1” with %n partner(s).</source>
        <translation>
            <numerusform>Creato il cluster dimostrativo “%1” con %n partner.</numerusform>
            <numerusform>Creato il cluster dimostrativo “%1” con %n partner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The region.</source>
        <translation>La regione.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regione</translation>
    </message>
    <message>
        <source>The country.</source>
        <translation>Il paese.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <source>The coordinating organisation.</source>
        <translation>L&apos;ente coordinatore.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ente</translation>
    </message>
    <message>
        <source>Adds a cluster.</source>
        <translation>Aggiunge un cluster.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Added the cluster “%1”.</source>
        <translation>Aggiunto il cluster “%1”.</translation>
    </message>
    <message>
        <source>Lists the clusters with their region, country and number of partners.</source>
        <translation>Elenca i cluster con regione, paese e numero di partner.</translation>
    </message>
    <message>
        <source>There are no clusters yet. Add one with “lecdesk cluster add NAME”.</source>
        <translation>Non ci sono ancora cluster. Aggiungine uno con “lecdesk cluster add NAME”.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>There is no cluster called “%1”. “lecdesk cluster list” shows the clusters.</source>
        <translation>Non esiste un cluster di nome “%1”. “lecdesk cluster list” mostra i cluster.</translation>
    </message>
    <message>
        <source>The database has no clusters yet. Add one with “lecdesk cluster add NAME”.</source>
        <translation>Il database non contiene ancora cluster. Aggiungine uno con “lecdesk cluster add NAME”.</translation>
    </message>
    <message numerus="yes">
        <source>The database holds %n cluster(s): choose one with --cluster NAME.</source>
        <translation>
            <numerusform>Il database contiene %n cluster: scegline uno con --cluster NAME.</numerusform>
            <numerusform>Il database contiene %n cluster: scegline uno con --cluster NAME.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: column &apos;%3&apos;: %4</source>
        <translation>%1:%2: colonna &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>The cluster for rows without a cluster column (may be omitted when the database has one cluster).</source>
        <translation>Il cluster per le righe senza la colonna cluster (si può omettere se il database ha un solo cluster).</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the bad ones (default: a bad row imports nothing).</source>
        <translation>Importa le righe valide e salta quelle errate (predefinito: se una riga è errata non viene importato nulla).</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>Controlla il file e riporta l&apos;esito, senza scrivere nulla.</translation>
    </message>
    <message>
        <source>Imports partners from a CSV file (see docs/file-formats.md).</source>
        <translation>Importa partner da un file CSV (vedi docs/file-formats.md).</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: avviso: %2</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: avviso: %3</translation>
    </message>
    <message>
        <source>No row of %1 can be imported; nothing was imported.</source>
        <translation>Nessuna riga di %1 può essere importata; non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors, so nothing was imported. Correct them, or import the other rows with --skip-invalid.</source>
        <translation>
            <numerusform>%n riga contiene errori, quindi non è stato importato nulla. Correggila, oppure importa le altre righe con --skip-invalid.</numerusform>
            <numerusform>%n righe contengono errori, quindi non è stato importato nulla. Correggile, oppure importa le altre righe con --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulazione: non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n partner(s) into “%1”.</source>
        <translation>
            <numerusform>Verrebbe importato %n partner in “%1”.</numerusform>
            <numerusform>Verrebbero importati %n partner in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s) into “%1”.</source>
        <translation>
            <numerusform>Importato %n partner in “%1”.</numerusform>
            <numerusform>Importati %n partner in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would skip %n row(s) with errors.</source>
        <translation>
            <numerusform>Verrebbe saltata %n riga con errori.</numerusform>
            <numerusform>Verrebbero saltate %n righe con errori.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) with errors.</source>
        <translation>
            <numerusform>Saltata %n riga con errori.</numerusform>
            <numerusform>Saltate %n righe con errori.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster to export (may be omitted when the database has one cluster).</source>
        <translation>Il cluster da esportare (si può omettere se il database ha un solo cluster).</translation>
    </message>
    <message>
        <source>Exports the partners of a cluster to a CSV file: English headers, commas and ISO dates, or Italian headers, semicolons and DD/MM/YYYY with --language it.</source>
        <translation>Esporta i partner di un cluster in un file CSV: intestazioni in inglese, virgole e date ISO, oppure, con --language it, intestazioni in italiano, punti e virgola e date GG/MM/AAAA.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n partner(s) of “%1” to %2.</source>
        <translation>
            <numerusform>Esportato %n partner di “%1” in %2.</numerusform>
            <numerusform>Esportati %n partner di “%1” in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name of the new cluster.</source>
        <translation>Il nome del nuovo cluster.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Il file CSV da leggere.</translation>
    </message>
    <message>
        <source>The CSV file to write; an existing file is replaced.</source>
        <translation>Il file CSV da scrivere; un file esistente viene sostituito.</translation>
    </message>
    <message>
        <source>Import events and their participation figures from a CSV file; a file with a bad row imports nothing.</source>
        <translation>Importa gli eventi e i relativi dati di partecipazione da un file CSV; un file con una riga errata non importa nulla.</translation>
    </message>
    <message>
        <source>Export the events of a cluster to a CSV file.</source>
        <translation>Esporta gli eventi di un cluster in un file CSV.</translation>
    </message>
    <message>
        <source>Export the events of a cluster to an iCalendar file for calendar programs.</source>
        <translation>Esporta gli eventi di un cluster in un file iCalendar per i programmi di calendario.</translation>
    </message>
    <message>
        <source>Imports events and their participation figures from a CSV file (see docs/file-formats.md). Organisers and partners are named as in the cluster.</source>
        <translation>Importa gli eventi e i relativi dati di partecipazione da un file CSV (vedi docs/file-formats.md). Organizzatori e partner sono indicati con i nomi che hanno nel cluster.</translation>
    </message>
    <message numerus="yes">
        <source>Would import %n event(s) into “%1”.</source>
        <translation>
            <numerusform>Verrebbe importato %n evento in “%1”.</numerusform>
            <numerusform>Verrebbero importati %n eventi in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s) into “%1”.</source>
        <translation>
            <numerusform>Importato %n evento in “%1”.</numerusform>
            <numerusform>Importati %n eventi in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports the events of a cluster, with their participation figures, to a CSV file: English headers, commas and ISO dates, or Italian headers, semicolons and DD/MM/YYYY with --language it.</source>
        <translation>Esporta gli eventi di un cluster, con i dati di partecipazione, in un file CSV: intestazioni inglesi, virgole e date ISO, oppure intestazioni italiane, punti e virgola e GG/MM/AAAA con --language it.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) of “%1” to %2.</source>
        <translation>
            <numerusform>Esportato %n evento di “%1” in %2.</numerusform>
            <numerusform>Esportati %n eventi di “%1” in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only events that take place on or after this day (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>Solo gli eventi che si svolgono in questo giorno o dopo (AAAA-MM-GG o GG/MM/AAAA).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>Only events that take place on or before this day (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>Solo gli eventi che si svolgono in questo giorno o prima (AAAA-MM-GG o GG/MM/AAAA).</translation>
    </message>
    <message>
        <source>The day of --from is after the day of --to.</source>
        <translation>Il giorno di --from è successivo a quello di --to.</translation>
    </message>
    <message>
        <source>Exports the events of a cluster to an iCalendar (RFC 5545) file that calendar programs open; with --from and --to, only the events that take place in those days.</source>
        <translation>Esporta gli eventi di un cluster in un file iCalendar (RFC 5545) che i programmi di calendario sanno aprire; con --from e --to, solo gli eventi che si svolgono in quei giorni.</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FILE.ics</translation>
    </message>
    <message>
        <source>The iCalendar file to write; an existing file is replaced.</source>
        <translation>Il file iCalendar da scrivere; un file esistente viene sostituito.</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n event(s).</source>
        <translation>
            <numerusform>Contiene %n evento.</numerusform>
            <numerusform>Contiene %n eventi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the KPIs (institutions, people reached, events held) with their targets.</source>
        <translation>Calcola i KPI (istituzioni, persone raggiunte, eventi svolti) con i loro obiettivi.</translation>
    </message>
    <message>
        <source>What to print: table (the default), csv or json.</source>
        <translation>Che cosa stampare: table (tabella, predefinito), csv o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write the KPIs to this file instead of printing them: .csv, .xlsx or .json.</source>
        <translation>Scrive i KPI in questo file invece di stamparli: .csv, .xlsx o .json.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Computes the KPIs of a cluster, or of every cluster, for a reporting period or any date range, with the targets of a named period.</source>
        <translation>Calcola i KPI di un cluster, o di tutti i cluster, per un periodo di rendicontazione o per un intervallo di date qualsiasi, con gli obiettivi del periodo indicato per nome.</translation>
    </message>
    <message>
        <source>The option --cluster needs a cluster name.</source>
        <translation>L&apos;opzione --cluster richiede il nome di un cluster.</translation>
    </message>
    <message>
        <source>The option --period needs the name of a reporting period.</source>
        <translation>L&apos;opzione --period richiede il nome di un periodo di rendicontazione.</translation>
    </message>
    <message>
        <source>--format %1 does not match the file %2.</source>
        <translation>--format %1 non corrisponde al file %2.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>File %1 scritto (%2).</translation>
    </message>
    <message>
        <source>Write the periodic report (KPIs, charts, events, institutions) as a PDF.</source>
        <translation>Scrive il rapporto periodico (KPI, grafici, eventi, istituzioni) in PDF.</translation>
    </message>
    <message>
        <source>Draw one KPI chart as an image.</source>
        <translation>Disegna un grafico dei KPI come immagine.</translation>
    </message>
    <message>
        <source>The cluster.</source>
        <translation>Il cluster.</translation>
    </message>
    <message>
        <source>Every cluster together (the project roll-up).</source>
        <translation>Tutti i cluster insieme (il riepilogo di progetto).</translation>
    </message>
    <message>
        <source>A reporting period of the cluster, by name.</source>
        <translation>Un periodo di rendicontazione del cluster, per nome.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD or DD/MM/YYYY), instead of a period.</source>
        <translation>Il primo giorno (AAAA-MM-GG o GG/MM/AAAA), al posto di un periodo.</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD or DD/MM/YYYY), instead of a period.</source>
        <translation>L’ultimo giorno (AAAA-MM-GG o GG/MM/AAAA), al posto di un periodo.</translation>
    </message>
    <message>
        <source>Give either --cluster NAME or --all, not both.</source>
        <translation>Indica --cluster NOME oppure --all, non entrambi.</translation>
    </message>
    <message>
        <source>Give --cluster NAME, or --all for every cluster.</source>
        <translation>Indica --cluster NOME, oppure --all per tutti i cluster.</translation>
    </message>
    <message>
        <source>Give either --period NAME or --from and --to, not both.</source>
        <translation>Indica --period NOME oppure --from e --to, non entrambi.</translation>
    </message>
    <message>
        <source>Give --period NAME, or the days with --from DATE --to DATE.</source>
        <translation>Indica --period NOME, oppure i giorni con --from DATA --to DATA.</translation>
    </message>
    <message>
        <source>--from and --to go together: --%1 is missing.</source>
        <translation>--from e --to vanno indicati insieme: manca --%1.</translation>
    </message>
    <message>
        <source>“lecdesk %1” needs --out FILE.</source>
        <translation>“lecdesk %1” richiede --out FILE.</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>Il file PDF da scrivere; un file esistente viene sostituito.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Writes the periodic report of a cluster, or of every cluster, for a reporting period or any range of days: a PDF with the KPIs against their targets, the charts, the events held by kind and the institutions involved by type, in the language of --language.</source>
        <translation>Scrive il rapporto periodico di un cluster, o di tutti i cluster, per un periodo di rendicontazione o un intervallo di giorni qualsiasi: un PDF con i KPI a confronto con gli obiettivi, i grafici, gli eventi svolti per tipo e le istituzioni coinvolte per tipo, nella lingua di --language.</translation>
    </message>
    <message>
        <source>Wrote the report of %1, %2, to %3.</source>
        <translation>Scritto il rapporto di %1, %2, in %3.</translation>
    </message>
    <message>
        <source>The image to write: .png, .svg or .pdf; an existing file is replaced.</source>
        <translation>L’immagine da scrivere: .png, .svg o .pdf; un file esistente viene sostituito.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Width and height in pixels (default: 1600x1000).</source>
        <translation>Larghezza e altezza in pixel (predefinite: 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxA</translation>
    </message>
    <message>
        <source>The resolution the texts are drawn for: 96 for a screen, 300 for print (default: 150).</source>
        <translation>La risoluzione per cui sono disegnati i testi: 96 per lo schermo, 300 per la stampa (predefinita: 150).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Draws one KPI chart of a cluster, or of every cluster, for a reporting period or any range of days, with the cluster and the period printed on it.</source>
        <translation>Disegna un grafico dei KPI di un cluster, o di tutti i cluster, per un periodo di rendicontazione o un intervallo di giorni qualsiasi, con il cluster e il periodo riportati sul grafico.</translation>
    </message>
    <message>
        <source>The chart: %1.</source>
        <translation>Il grafico: %1.</translation>
    </message>
    <message>
        <source>There is no chart “%1”; choose one of: %2.</source>
        <translation>Non esiste il grafico “%1”; scegline uno tra: %2.</translation>
    </message>
    <message>
        <source>Drew “%1” to %2.</source>
        <translation>Disegnato “%1” in %2.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Impossibile leggere il database: %1</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Intendevi “%1”?</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>The file given with --out must end in %1, but “%2” does not.</source>
        <translation>Il file indicato con --out deve avere l’estensione %1, ma “%2” non ce l’ha.</translation>
    </message>
    <message>
        <source>There is no database at %1. Commands that write, such as “lecdesk cluster add NAME” or “lecdesk demo”, create one; if you meant another file, check --database.</source>
        <translation>Non esiste alcun database in %1. I comandi che scrivono, come “lecdesk cluster add NAME” o “lecdesk demo”, ne creano uno; se intendevi un altro file, controlla --database.</translation>
    </message>
    <message>
        <source>The date given with --%1 cannot be used: %2</source>
        <translation>La data indicata con --%1 non è utilizzabile: %2</translation>
    </message>
    <message>
        <source>“lecdesk cluster list” shows the clusters.</source>
        <translation>“lecdesk cluster list” mostra i cluster.</translation>
    </message>
    <message>
        <source>“%1”, given with --format, is not a format: use %2.</source>
        <translation>“%1”, indicato con --format, non è un formato: usa %2.</translation>
    </message>
    <message>
        <source>“%1”, given with --size, is not a size: give the width and height in pixels, as in 1600x1000.</source>
        <translation>“%1”, indicato con --size, non è una dimensione: indica larghezza e altezza in pixel, come in 1600x1000.</translation>
    </message>
    <message>
        <source>The size “%1” given with --size is out of range: the width and the height must each be from 100 to 20000 pixels.</source>
        <translation>La dimensione “%1” indicata con --size è fuori dai limiti: larghezza e altezza devono essere ciascuna tra 100 e 20000 pixel.</translation>
    </message>
    <message>
        <source>“%1”, given with --dpi, is not a resolution: give a whole number from 36 to 1200.</source>
        <translation>“%1”, indicato con --dpi, non è una risoluzione: indica un numero intero da 36 a 1200.</translation>
    </message>
</context>
<context>
    <name>CsvFileFlow</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The header names the column “%1” twice (columns %2 and %3).</source>
        <translation>L&apos;intestazione riporta due volte la colonna “%1” (colonne %2 e %3).</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header line and is ignored.</source>
        <translation>La colonna %1 non ha un nome nella riga di intestazione e viene ignorata.</translation>
    </message>
    <message>
        <source>The required column “%1” (in Italian “%2”) is missing from the header line.</source>
        <translation>Nella riga di intestazione manca la colonna obbligatoria “%1” (in italiano “%2”).</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) but the header line has %1.</source>
        <translation>
            <numerusform>Questa riga ha %n campo, ma la riga di intestazione ne ha %1.</numerusform>
            <numerusform>Questa riga ha %n campi, ma la riga di intestazione ne ha %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster is given for this row: name one with --cluster or fill the “cluster” column.</source>
        <translation>Nessun cluster indicato per questa riga: specificane uno con --cluster o compila la colonna “cluster”.</translation>
    </message>
    <message>
        <source>There is no cluster called “%1”.</source>
        <translation>Non esiste un cluster di nome “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, optionally followed by a time as HH:MM.</source>
        <translation>“%1” non è una data. Scrivila come AAAA-MM-GG o GG/MM/AAAA, eventualmente seguita dall&apos;ora come HH:MM.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>“%1” non è una data. Scrivila come AAAA-MM-GG o GG/MM/AAAA.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date: that day does not exist.</source>
        <translation>“%1” non è una data valida: quel giorno non esiste.</translation>
    </message>
    <message>
        <source>“%1” is not a valid time: hours go from 0 to 23 and minutes from 00 to 59.</source>
        <translation>“%1” non è un orario valido: le ore vanno da 0 a 23 e i minuti da 00 a 59.</translation>
    </message>
    <message>
        <source>The file cannot be checked against the database, which cannot be read: %1</source>
        <translation>Impossibile controllare il file rispetto al database, che non si riesce a leggere: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: there is text after the closing quote of a field. A quote inside a quoted field must be written twice (&quot;&quot;).</source>
        <translation>Riga %1: c&apos;è del testo dopo le virgolette di chiusura di un campo. Le virgolette all&apos;interno di un campo tra virgolette vanno scritte due volte (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: the quoted field that starts on this line is never closed (a quote is missing).</source>
        <translation>Riga %1: il campo tra virgolette che inizia su questa riga non viene mai chiuso (mancano le virgolette di chiusura).</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not UTF-8. Save it as “CSV UTF-8” and try again.</source>
        <translation>Il file è testo UTF-16, non UTF-8. Salvalo come “CSV UTF-8” e riprova.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and try again.</source>
        <translation>La riga %1 non è testo UTF-8. Salva il file come “CSV UTF-8” e riprova.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Il file non esiste.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Questa è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The file is %1 MB; CSV files of up to %2 MB can be read. Split it into smaller files.</source>
        <translation>Il file è di %1 MB; si possono leggere file CSV fino a %2 MB. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the limit for CSV files.</source>
        <translation>Il file supera %1 MB, il limite per i file CSV.</translation>
    </message>
</context>
<context>
    <name>CsvVocabulary</name>
    <message>
        <source>“%1” is not a partner type.</source>
        <translation>“%1” non è un tipo di partner.</translation>
    </message>
    <message>
        <source>“%1” is not a school level.</source>
        <translation>“%1” non è un livello scolastico.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of event.</source>
        <translation>“%1” non è un tipo di evento.</translation>
    </message>
    <message>
        <source>“%1” is not an event status.</source>
        <translation>“%1” non è uno stato di evento.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Usa uno dei seguenti valori: %1.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>No cluster yet</source>
        <translation>Ancora nessun cluster</translation>
    </message>
    <message>
        <source>The dashboard counts the institutions, people and events of a cluster against its targets. Create your cluster first, or load a fictional demo cluster to look around.</source>
        <translation>Il cruscotto conta le istituzioni, le persone e gli eventi di un cluster rispetto ai suoi obiettivi. Crea prima il tuo cluster, oppure carica un cluster dimostrativo fittizio per dare un&apos;occhiata.</translation>
    </message>
    <message>
        <source>New cluster…</source>
        <translation>Nuovo cluster…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carica dati dimostrativi</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>A reporting period of the cluster, or any dates</source>
        <translation>Un periodo di rendicontazione del cluster, oppure date a scelta</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Date a scelta…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export chart “%1”…</source>
        <translation>Esporta il grafico “%1”…</translation>
    </message>
    <message>
        <source>Right-click to export the chart</source>
        <translation>Clic destro per esportare il grafico</translation>
    </message>
    <message>
        <source>Click a bar to list what it counts; right-click to export the chart</source>
        <translation>Fai clic su una barra per vedere che cosa conta; clic destro per esportare il grafico</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)</source>
        <translation>Immagini PNG (*.png);;Disegni SVG (*.svg);;Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart not exported</source>
        <translation>Grafico non esportato</translation>
    </message>
    <message>
        <source>Saved the chart “%1” to %2.</source>
        <translation>Grafico “%1” salvato in %2.</translation>
    </message>
    <message>
        <source>Save a chart as an image or a PDF, or the KPI table</source>
        <translation>Salva un grafico come immagine o PDF, oppure la tabella dei KPI</translation>
    </message>
    <message>
        <source>Export KPI table…</source>
        <translation>Esporta la tabella dei KPI…</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Export KPI table</source>
        <translation>Esporta la tabella dei KPI</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx);;File CSV (*.csv)</translation>
    </message>
    <message>
        <source>KPI table not exported</source>
        <translation>Tabella dei KPI non esportata</translation>
    </message>
    <message>
        <source>Saved the KPI table to %1.</source>
        <translation>Tabella dei KPI salvata in %1.</translation>
    </message>
    <message>
        <source>Write report…</source>
        <translation>Scrivi il rapporto…</translation>
    </message>
    <message>
        <source>Write the periodic report of a cluster as a PDF, in Italian or English</source>
        <translation>Scrivi il rapporto periodico di un cluster in PDF, in italiano o in inglese</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>The numbers shown are the last ones read: they cannot be read again now. %1</source>
        <translation>I numeri mostrati sono gli ultimi letti: ora non si possono leggere di nuovo. %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 è una cartella, non un file di database.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossibile creare la cartella %1 per il database.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. LEC Desk needs to write there to keep the database safe; choose a writable folder or change its permissions.</source>
        <translation>La cartella %1 è in sola lettura. LEC Desk deve poterci scrivere per mantenere il database al sicuro; scegli una cartella scrivibile o modificane i permessi.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation>Il file di database %1 è in sola lettura.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an LEC Desk database (it is not an SQLite file). Nothing was changed.</source>
        <translation>%1 non è un database di LEC Desk (non è un file SQLite). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Cannot enable foreign keys: %1</source>
        <translation>Impossibile attivare le chiavi esterne: %1</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging: %2</source>
        <translation>Impossibile attivare il write-ahead logging (WAL) per %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossibile aprire il database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an LEC Desk database or is damaged: %2</source>
        <translation>%1 non è un database di LEC Desk oppure è danneggiato: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not an LEC Desk database. Nothing was changed.</source>
        <translation>%1 è un file SQLite di un altro programma, non un database di LEC Desk. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of LEC Desk (database version %2; this version knows up to %3). Update LEC Desk to open it. Nothing was changed.</source>
        <translation>%1 è stato scritto da una versione più recente di LEC Desk (versione del database %2; questa versione gestisce fino alla %3). Aggiorna LEC Desk per aprirlo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Cannot bring the database %1 up to date (%2). The previous version was kept.</source>
        <translation>Impossibile aggiornare il database %1 (%2). È stata mantenuta la versione precedente.</translation>
    </message>
    <message>
        <source>There is no database %1.</source>
        <translation>Il database %1 non esiste.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be created there. Create the folder first, or check the path.</source>
        <translation>La cartella %1 non esiste, quindi non vi si può creare il database %2. Crea prima la cartella, oppure controlla il percorso.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo Cluster (fictional)</source>
        <translation>Cluster dimostrativo (fittizio)</translation>
    </message>
    <message>
        <source>The cluster “%1” holds real data, so no demo data is added to it. Choose another name for the demo cluster.</source>
        <translation>Il cluster “%1” contiene dati reali, quindi non vi vengono aggiunti dati dimostrativi. Scegli un altro nome per il cluster dimostrativo.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database.</source>
        <translation>Impossibile avviare la scrittura nel database.</translation>
    </message>
    <message>
        <source>Cannot save the demo data: %1</source>
        <translation>Impossibile salvare i dati dimostrativi: %1</translation>
    </message>
    <message>
        <source>The clusters cannot be read, so no demo data was added: %1</source>
        <translation>Impossibile leggere i cluster, quindi non è stato aggiunto alcun dato dimostrativo: %1</translation>
    </message>
    <message>
        <source>School year %1/%2</source>
        <extracomment>A reporting period of the demo cluster, e.g. &quot;School year 2025/26&quot;.</extracomment>
        <translation>Anno scolastico %1/%2</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>LEC Desk</source>
        <translation>LEC Desk</translation>
    </message>
    <message>
        <source>LEC Desk cannot open its database</source>
        <translation>LEC Desk non riesce ad aprire il proprio database</translation>
    </message>
    <message>
        <source>The LEC Desk window needs a display and none was found (DISPLAY and WAYLAND_DISPLAY are not set); “lecdesk --help” lists the commands that work without one.</source>
        <translation>La finestra di LEC Desk ha bisogno di uno schermo e non ne è stato trovato nessuno (DISPLAY e WAYLAND_DISPLAY non sono impostate); “lecdesk --help” elenca i comandi che funzionano senza.</translation>
    </message>
</context>
<context>
    <name>EventCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventChangeCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>aggiunta di “%1”</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>duplicazione di “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>modifica di “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>eliminazione di “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>eliminazione di %n evento</numerusform>
            <numerusform>eliminazione di %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Record attendance for “%1”</source>
        <translation>registrazione delle presenze di “%1”</translation>
    </message>
    <message>
        <source>Correct attendance for “%1”</source>
        <translation>correzione delle presenze di “%1”</translation>
    </message>
</context>
<context>
    <name>EventCsv</name>
    <message>
        <source>The column “%1” is not an event column and is ignored.</source>
        <translation>La colonna “%1” non è una colonna degli eventi e viene ignorata.</translation>
    </message>
    <message>
        <source>The file has a header line but no events.</source>
        <translation>Il file ha una riga di intestazione ma nessun evento.</translation>
    </message>
    <message>
        <source>The kind of event is required.</source>
        <translation>Il tipo di evento è obbligatorio.</translation>
    </message>
    <message>
        <source>The status is required.</source>
        <translation>Lo stato è obbligatorio.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” non è un numero intero.</translation>
    </message>
    <message>
        <source>“%1” is a negative number.</source>
        <translation>“%1” è un numero negativo.</translation>
    </message>
    <message>
        <source>“%1” is too large for a participation figure.</source>
        <translation>“%1” è troppo grande per un dato di partecipazione.</translation>
    </message>
    <message>
        <source>There is no partner called “%1” in cluster “%2”.</source>
        <translation>Nel cluster “%2” non c’è nessun partner di nome “%1”.</translation>
    </message>
    <message>
        <source>Cluster “%2” has several partners called “%1”; rename them so that each name is used once.</source>
        <translation>Il cluster “%2” ha più partner di nome “%1”; rinominali in modo che ogni nome sia usato una sola volta.</translation>
    </message>
    <message>
        <source>An event called “%1” starting %2 already exists in cluster “%3”.</source>
        <translation>Nel cluster “%3” esiste già un evento “%1” che inizia il %2.</translation>
    </message>
    <message>
        <source>An event called “%1” starting %2 is already on line %3 of this file.</source>
        <translation>Un evento “%1” che inizia il %2 è già alla riga %3 di questo file.</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>Edit event…</source>
        <translation>Modifica evento…</translation>
    </message>
    <message>
        <source>Record attendance…</source>
        <translation>Registra presenze…</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Seleziona un evento per vederne i dettagli.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organizzato da</translation>
    </message>
    <message>
        <source>Also taking part</source>
        <translation>Partecipano anche</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>Titolo in inglese</translation>
    </message>
    <message>
        <source>Italian title</source>
        <translation>Titolo in italiano</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Partecipazione</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>No figures recorded yet.</source>
        <translation>Nessun dato di partecipazione ancora registrato.</translation>
    </message>
    <message>
        <source>Figures are recorded once the event is held.</source>
        <translation>I dati di partecipazione si registrano quando l&apos;evento è svolto.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Correct attendance…</source>
        <translation>Correggi le presenze…</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>Edit event – %1</source>
        <translation>Modifica evento – %1</translation>
    </message>
    <message>
        <source>Duplicate event – %1</source>
        <translation>Duplica evento – %1</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;zione:</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>e.g. Laboratorio di robotica per la primaria</source>
        <translation>es. Laboratorio di robotica per la primaria</translation>
    </message>
    <message>
        <source>e.g. Robotics lab for primary schools</source>
        <translation>es. Robotics lab for primary schools</translation>
    </message>
    <message>
        <source>Choose a kind…</source>
        <translation>Scegli un tipo…</translation>
    </message>
    <message>
        <source>at</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>on</source>
        <translation>il</translation>
    </message>
    <message>
        <source>e.g. Aula magna, Liceo Faro del Carso, Trieste</source>
        <translation>es. Aula magna, Liceo Faro del Carso, Trieste</translation>
    </message>
    <message>
        <source>https://meet.example.org/room</source>
        <translation>https://meet.example.org/stanza</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>I&amp;nizio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>O&amp;nline link:</source>
        <translation>Lin&amp;k online:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Destinatari:</translation>
    </message>
    <message>
        <source>Other subjects, separated by commas</source>
        <translation>Altre discipline, separate da virgole</translation>
    </message>
    <message>
        <source>STEAM subjects:</source>
        <translation>Discipline STEAM:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Participation figures</source>
        <translation>Dati di partecipazione</translation>
    </message>
    <message>
        <source>The event is now marked as held. Record how many people took part while you remember; a figure you do not know can stay “not recorded”.</source>
        <translation>Ora l&apos;evento risulta svolto. Registra quante persone hanno partecipato finché lo ricordi; un dato che non conosci può restare “non registrato”.</translation>
    </message>
    <message>
        <source>&amp;Record figures now</source>
        <translation>&amp;Registra ora i dati</translation>
    </message>
    <message>
        <source>Clear fi&amp;gures</source>
        <translation>&amp;Cancella i dati</translation>
    </message>
    <message>
        <source>Clear the participation figures?</source>
        <translation>Cancellare i dati di partecipazione?</translation>
    </message>
    <message>
        <source>Participation figures are recorded only for held events. Clear the figures of this event? If you keep them, the event cannot be saved until it is marked as held again.</source>
        <translation>I dati di partecipazione si registrano solo per gli eventi svolti. Cancellare i dati di questo evento? Se li tieni, l&apos;evento non si potrà salvare finché non risulterà di nuovo svolto.</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Scegli un tipo.</translation>
    </message>
    <message>
        <source>Changes that leave its kind, status, start date and figures as they were can still be saved.</source>
        <translation>Le modifiche che lasciano invariati tipo, stato, data di inizio e dati di partecipazione si possono comunque salvare.</translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>Search titles, places, partners, subjects… (Ctrl+F)</source>
        <translation>Cerca titoli, luoghi, partner, discipline… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Tutte le date</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;anno scorso</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Date scelte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Azzera i filtri</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tutti i partner</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>Tutte le discipline</translation>
    </message>
</context>
<context>
    <name>EventIcs</name>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Organised by: %1</source>
        <translation>Organizzato da: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Con: %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Cannot save the event: %1</source>
        <translation>Impossibile salvare l&apos;evento: %1</translation>
    </message>
    <message>
        <source>Cannot delete the event: %1</source>
        <translation>Impossibile eliminare l&apos;evento: %1</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizzatori</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Altri partner</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Everyone who took part: the sum of the recorded figures</source>
        <translation>Tutte le persone che hanno partecipato: la somma dei dati registrati</translation>
    </message>
</context>
<context>
    <name>EventValidator</name>
    <message>
        <source>A title is required, in Italian, in English or in both.</source>
        <translation>Il titolo è obbligatorio, in italiano, in inglese o in entrambe le lingue.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>La data di inizio è obbligatoria.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>La fine non può precedere l&apos;inizio.</translation>
    </message>
    <message>
        <source>Participation figures are whole numbers of 0 or more.</source>
        <translation>I dati di partecipazione sono numeri interi maggiori o uguali a 0.</translation>
    </message>
    <message>
        <source>Participation figures are recorded only for held events; this event is “%1”. Mark it as held, or clear the figures.</source>
        <translation>I dati di partecipazione si registrano solo per gli eventi svolti; questo evento è “%1”. Segnalo come svolto oppure cancella i dati.</translation>
    </message>
    <message>
        <source>An end time needs a start time; give both or neither.</source>
        <translation>Un orario di fine richiede un orario di inizio: indicali entrambi o nessuno dei due.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (for example https://meet.example.org/room).</source>
        <translation>“%1” non è un indirizzo web (per esempio https://meet.example.org/stanza).</translation>
    </message>
    <message>
        <source>A partner cannot be both an organiser and a participant of the same event.</source>
        <translation>Un partner non può essere sia organizzatore sia partecipante dello stesso evento.</translation>
    </message>
    <message>
        <source>This event is marked as held but starts in the future.</source>
        <translation>Questo evento è segnato come svolto ma inizia in futuro.</translation>
    </message>
    <message>
        <source>No participation figures have been recorded yet.</source>
        <translation>Non sono ancora stati registrati i dati di partecipazione.</translation>
    </message>
</context>
<context>
    <name>EventVocabulary</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Academy course</source>
        <translation>Corso Academy</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Alunni</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Insegnanti</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Genitori</translation>
    </message>
    <message>
        <source>Researchers</source>
        <translation>Ricercatori</translation>
    </message>
    <message>
        <source>Teacher-training students</source>
        <translation>Futuri insegnanti</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Altri</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Scienze</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnologia</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Ingegneria</translation>
    </message>
    <message>
        <source>Arts</source>
        <translation>Arte</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Matematica</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>No cluster yet</source>
        <translation>Ancora nessun cluster</translation>
    </message>
    <message>
        <source>Events belong to a cluster. Create your cluster first, or load a fictional demo cluster to look around.</source>
        <translation>Gli eventi appartengono a un cluster. Crea prima il tuo cluster, oppure carica un cluster dimostrativo fittizio per dare un&apos;occhiata.</translation>
    </message>
    <message>
        <source>New cluster…</source>
        <translation>Nuovo cluster…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carica dati dimostrativi</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Ancora nessun evento</translation>
    </message>
    <message>
        <source>Record the cluster&apos;s events and Academy courses here: who organises them, for whom, and how many took part once they are held.</source>
        <translation>Registra qui gli eventi e i corsi Academy del cluster: chi li organizza, per chi sono e, una volta svolti, quante persone hanno partecipato.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuovo evento…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 di %n evento</numerusform>
            <numerusform>%1 di %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>No events on %1</source>
        <translation>Nessun evento – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) on %1</source>
        <translation>
            <numerusform>%n evento – %1</numerusform>
            <numerusform>%n eventi – %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Event not saved</source>
        <translation>Evento non salvato</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” aggiunto.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” salvato.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Eliminare “%1”? Puoi annullare l&apos;operazione con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Eliminare %n evento? Puoi annullare l&apos;operazione con Ctrl+Z.</numerusform>
            <numerusform>Eliminare %n eventi? Puoi annullare l&apos;operazione con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events not deleted</source>
        <translation>Eventi non eliminati</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>%n evento eliminato.</numerusform>
            <numerusform>%n eventi eliminati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance not saved</source>
        <translation>Presenze non salvate</translation>
    </message>
    <message>
        <source>Recorded the attendance of “%1”.</source>
        <translation>Presenze di “%1” registrate.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Add an event or Academy course (Ctrl+N)</source>
        <translation>Aggiungi un evento o un corso Academy (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifica evento…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit the selected event (Enter)</source>
        <translation>Modifica l&apos;evento selezionato (Invio)</translation>
    </message>
    <message>
        <source>D&amp;uplicate event…</source>
        <translation>&amp;Duplica evento…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Add a new event that starts as a copy of the selected one (Ctrl+D)</source>
        <translation>Aggiungi un nuovo evento partendo da una copia di quello selezionato (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Record attendance…</source>
        <translation>&amp;Registra presenze…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Record how many took part in the selected event and mark it as held (Ctrl+R)</source>
        <translation>Registra quante persone hanno partecipato all&apos;evento selezionato e segnalo come svolto (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Elimina evento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>Elimina gli eventi selezionati (Canc)</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>&amp;Importa eventi…</translation>
    </message>
    <message>
        <source>Import events from a CSV file (Ctrl+I)</source>
        <translation>Importa eventi da un file CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport events…</source>
        <translation>E&amp;sporta eventi…</translation>
    </message>
    <message>
        <source>Export the cluster&apos;s events to a CSV file (Ctrl+E)</source>
        <translation>Esporta gli eventi del cluster in un file CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Esporta &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save the events shown, with their filters, as an iCalendar file for calendar programs (Ctrl+Shift+E)</source>
        <translation>Salva gli eventi mostrati, con i filtri applicati, in un file iCalendar per i programmi di calendario (Ctrl+Maiusc+E)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importa eventi</translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation>Eventi non importati</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s). Undo (Ctrl+Z) takes the import back.</source>
        <translation>
            <numerusform>Importato %n evento. Annulla (Ctrl+Z) revoca l&apos;importazione.</numerusform>
            <numerusform>Importati %n eventi. Annulla (Ctrl+Z) revoca l&apos;importazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Esporta eventi</translation>
    </message>
    <message>
        <source>%1 - events.csv</source>
        <translation>%1 - eventi.csv</translation>
    </message>
    <message>
        <source>Events not exported</source>
        <translation>Eventi non esportati</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Esportato %n evento in %1.</numerusform>
            <numerusform>Esportati %n eventi in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Calendario non esportato</translation>
    </message>
    <message>
        <source>No event is shown. Change or clear the filters to choose the events for the calendar.</source>
        <translation>Nessun evento è mostrato. Cambia o azzera i filtri per scegliere gli eventi del calendario.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Esporta calendario</translation>
    </message>
    <message>
        <source>%1 - events.ics</source>
        <translation>%1 - eventi.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>File iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) as a calendar in %1.</source>
        <translation>
            <numerusform>Salvato %n evento come calendario in %1.</numerusform>
            <numerusform>Salvati %n eventi come calendario in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Elimina %n evento</numerusform>
            <numerusform>Elimina %n eventi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln participant(s)</source>
        <translation>
            <numerusform>Totale: %Ln partecipante</numerusform>
            <numerusform>Totale: %Ln partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: no figures recorded yet</source>
        <translation>Totale: ancora nessun dato registrato</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Nothing to undo in this cluster</source>
        <translation>Niente da annullare in questo cluster</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annulla %1</translation>
    </message>
    <message>
        <source>Nothing to redo in this cluster</source>
        <translation>Niente da ripetere in questo cluster</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ripeti %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annullato: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Ripetuto: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import partners – %1</source>
        <translation>Importa partner – %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n partner(s)</source>
        <translation>
            <numerusform>&amp;Importa %n partner</numerusform>
            <numerusform>&amp;Importa %n partner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import events – %1</source>
        <translation>Importa eventi – %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n event(s)</source>
        <translation>
            <numerusform>&amp;Importa %n evento</numerusform>
            <numerusform>&amp;Importa %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Event status</source>
        <translation>Stato dell&apos;evento</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Salta le righe con problemi e importa le altre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Questo file non può essere importato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported</source>
        <translation>
            <numerusform>%n riga può essere importata</numerusform>
            <numerusform>%n righe possono essere importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (marked in red).</source>
        <translation>
            <numerusform>%n riga ha problemi (evidenziata in rosso).</numerusform>
            <numerusform>%n righe hanno problemi (evidenziate in rosso).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Non è ancora stato scritto nulla.</translation>
    </message>
    <message>
        <source>Import every row into “%1”, the cluster on show</source>
        <translation>Importa tutte le righe in “%1”, il cluster visualizzato</translation>
    </message>
    <message>
        <source>The file names: %1. Leave this unticked to import each row into the cluster it names.</source>
        <translation>Il file nomina: %1. Lascia la casella vuota per importare ogni riga nel cluster che nomina.</translation>
    </message>
</context>
<context>
    <name>KpiCalculator</name>
    <message>
        <source>There is no cluster named &quot;%1&quot;.</source>
        <translation>Non esiste un cluster di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give a reporting period, or the first and last day.</source>
        <translation>Indica un periodo di rendicontazione, oppure il primo e l&apos;ultimo giorno.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation>L&apos;ultimo giorno (%1) è precedente al primo (%2).</translation>
    </message>
    <message>
        <source>No cluster has a reporting period named &quot;%1&quot;.</source>
        <translation>Nessun cluster ha un periodo di rendicontazione di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; has no reporting period named &quot;%2&quot;.</source>
        <translation>Il cluster &quot;%1&quot; non ha un periodo di rendicontazione di nome &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The reporting period &quot;%1&quot; has different dates in different clusters (%2 to %3, and %4 to %5). Give the first and last day instead.</source>
        <translation>Il periodo di rendicontazione &quot;%1&quot; ha date diverse nei diversi cluster (dal %2 al %3, e dal %4 al %5). Indica invece il primo e l&apos;ultimo giorno.</translation>
    </message>
    <message>
        <source>Cannot compute the KPIs: %1</source>
        <translation>Impossibile calcolare i KPI: %1</translation>
    </message>
    <message>
        <source>Cannot read the KPI targets: %1</source>
        <translation>Impossibile leggere gli obiettivi dei KPI: %1</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Impossibile leggere il database: %1</translation>
    </message>
    <message>
        <source>Cannot list the rows behind the KPIs: %1</source>
        <translation>Impossibile elencare le righe dietro i KPI: %1</translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <source>Institutions involved</source>
        <translation>Istituzioni coinvolte</translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation>Alunni raggiunti</translation>
    </message>
    <message>
        <source>Teachers reached</source>
        <translation>Insegnanti raggiunti</translation>
    </message>
    <message>
        <source>Parents reached</source>
        <translation>Genitori raggiunti</translation>
    </message>
    <message>
        <source>Researchers reached</source>
        <translation>Ricercatori raggiunti</translation>
    </message>
    <message>
        <source>Teacher-training students reached</source>
        <translation>Futuri insegnanti raggiunti</translation>
    </message>
    <message>
        <source>Others reached</source>
        <translation>Altri raggiunti</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Eventi svolti</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tutti i cluster</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Target set by %n of %1 clusters; progress counts those clusters only: %2 of the target of %3.</source>
        <translation>
            <numerusform>Obiettivo fissato da %n cluster su %1; l’avanzamento considera solo quel cluster: %2 rispetto all’obiettivo di %3.</numerusform>
            <numerusform>Obiettivo fissato da %n cluster su %1; l’avanzamento considera solo quei cluster: %2 rispetto all’obiettivo di %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>Institutions involved by type</source>
        <translation>Istituzioni coinvolte per tipo</translation>
    </message>
    <message>
        <source>People reached, month by month (accumulated)</source>
        <translation>Persone raggiunte, mese per mese (cumulato)</translation>
    </message>
    <message>
        <source>Events held by kind</source>
        <translation>Eventi svolti per tipo</translation>
    </message>
    <message>
        <source>No institution of %1 was a member during %2.</source>
        <translation>Nessuna istituzione di %1 era membro nel periodo %2.</translation>
    </message>
    <message>
        <source>No held event of %1 with participation figures starts in %2.</source>
        <translation>Nessun evento svolto di %1 con dati di partecipazione inizia nel periodo %2.</translation>
    </message>
    <message>
        <source>No held event of %1 starts in %2.</source>
        <translation>Nessun evento svolto di %1 inizia nel periodo %2.</translation>
    </message>
    <message>
        <source>Cannot tell the image format of &quot;%1&quot;: name it .png, .svg or .pdf.</source>
        <translation>Impossibile capire il formato dell&apos;immagine &quot;%1&quot;: usa l&apos;estensione .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>The chart size must be at least 100 × 100 pixels, and the resolution between 36 and 1200 dpi.</source>
        <translation>Il grafico deve misurare almeno 100 × 100 pixel, con una risoluzione tra 36 e 1200 dpi.</translation>
    </message>
</context>
<context>
    <name>KpiDrillDownDialog</name>
    <message>
        <source>Institutions behind the number</source>
        <translation>Le istituzioni dietro il numero</translation>
    </message>
    <message>
        <source>Events behind the number</source>
        <translation>Gli eventi dietro il numero</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n istituzione</numerusform>
            <numerusform>%n istituzioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held event(s)</source>
        <translation>
            <numerusform>%n evento svolto</numerusform>
            <numerusform>%n eventi svolti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total: %2</source>
        <translation>%1 in totale: %2</translation>
    </message>
    <message>
        <source>Show in &amp;Partners</source>
        <translation>Mostra tra i &amp;partner</translation>
    </message>
    <message>
        <source>Show in &amp;Events</source>
        <translation>Mostra tra gli &amp;eventi</translation>
    </message>
    <message>
        <source>Open the selected partner in the Partners section (partners of the cluster on show only)</source>
        <translation>Apri il partner selezionato nella sezione Partner (solo per i partner del cluster visualizzato)</translation>
    </message>
    <message>
        <source>Open the selected event in the Events section (events of the cluster on show only)</source>
        <translation>Apri l&apos;evento selezionato nella sezione Eventi (solo per gli eventi del cluster visualizzato)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The rows shown are the last ones read: the list cannot be read again now. %1</source>
        <translation>Le righe mostrate sono le ultime lette: ora l’elenco non si può leggere di nuovo. %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Impossibile leggere l’elenco: %1</translation>
    </message>
</context>
<context>
    <name>KpiDrillDownModel</name>
    <message>
        <source>Institutions involved: %1</source>
        <translation>Istituzioni coinvolte: %1</translation>
    </message>
    <message>
        <source>Events held: %1</source>
        <translation>Eventi svolti: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Partners of type “%1” that joined on or before %2 and had not left before %3.</source>
        <translation>Partner di tipo “%1” che hanno aderito entro il %2 e non erano usciti prima del %3.</translation>
    </message>
    <message>
        <source>Partners that joined on or before %1 and had not left before %2.</source>
        <translation>Partner che hanno aderito entro il %1 e non erano usciti prima del %2.</translation>
    </message>
    <message>
        <source>Held events of kind “%1” starting between %2 and %3.</source>
        <translation>Eventi svolti di tipo “%1” iniziati tra il %2 e il %3.</translation>
    </message>
    <message>
        <source>Held events starting between %1 and %2.</source>
        <translation>Eventi svolti iniziati tra il %1 e il %2.</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n event(s)</source>
        <translation>
            <numerusform>Totale di %n evento</numerusform>
            <numerusform>Totale di %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Aderente dal</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Uscito il</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizzatori</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Periodic report</source>
        <translation>Rapporto periodico</translation>
    </message>
    <message>
        <source>%1 - report.pdf</source>
        <translation>%1 - rapporto.pdf</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicatori chiave di prestazione</translation>
    </message>
    <message>
        <source>The key performance indicators of %1 for %2. Institutions involved are the partners whose membership overlaps the period; the people reached and the events count the events held that start in the period.</source>
        <translation>Gli indicatori chiave di prestazione di %1 per %2. Le istituzioni coinvolte sono i partner la cui adesione si sovrappone al periodo; le persone raggiunte e gli eventi contano gli eventi svolti che iniziano nel periodo.</translation>
    </message>
    <message>
        <source>There is nothing to report for this period: no institution was a member and no event was held.</source>
        <translation>Per questo periodo non c’è nulla da rendicontare: nessuna istituzione era membro e nessun evento è stato svolto.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>The report covers a range of dates rather than a reporting period, so no targets apply.</source>
        <translation>Il rapporto copre un intervallo di date e non un periodo di rendicontazione, quindi non ci sono obiettivi.</translation>
    </message>
    <message>
        <source>No targets were set for the reporting period “%1”.</source>
        <translation>Per il periodo di rendicontazione “%1” non sono stati fissati obiettivi.</translation>
    </message>
    <message>
        <source>Targets are those of the reporting period “%1”; progress is the actual value divided by the target.</source>
        <translation>Gli obiettivi sono quelli del periodo di rendicontazione “%1”; l’avanzamento è il valore raggiunto diviso per l’obiettivo.</translation>
    </message>
    <message>
        <source>Institutions involved, by type</source>
        <translation>Istituzioni coinvolte, per tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Istituzioni</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Events held, by kind</source>
        <translation>Eventi svolti, per tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Eventi svolti</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Events held by kind</source>
        <translation>Eventi svolti per tipo</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) held that start in the period, by kind and date, with the people who took part. A figure that was not recorded is shown as “%1” and counts as 0.</source>
        <translation>
            <numerusform>%n evento svolto iniziato nel periodo, per tipo e data, con le persone che vi hanno partecipato. Un dato non registrato è indicato con “%1” e conta come 0.</numerusform>
            <numerusform>%n eventi svolti iniziati nel periodo, per tipo e data, con le persone che vi hanno partecipato. Un dato non registrato è indicato con “%1” e conta come 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n event(s)</source>
        <translation>
            <numerusform>Totale: %n evento</numerusform>
            <numerusform>Totale: %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n evento</numerusform>
            <numerusform>%1: %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Institutions involved by type</source>
        <translation>Istituzioni coinvolte per tipo</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) were members during the period: each joined before it ended and had not left before it began.</source>
        <translation>
            <numerusform>%n istituzione è stata membro nel periodo: ha aderito prima della sua fine e non era uscita prima del suo inizio.</numerusform>
            <numerusform>%n istituzioni sono state membri nel periodo: ciascuna ha aderito prima della sua fine e non era uscita prima del suo inizio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membro dal</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n institution(s)</source>
        <translation>
            <numerusform>%1: %n istituzione</numerusform>
            <numerusform>%1: %n istituzioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Organizzato da %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Key performance indicators, events held and institutions involved</source>
        <translation>Indicatori chiave di prestazione, eventi svolti e istituzioni coinvolte</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Coordinated by %1</source>
        <translation>Coordinato da %1</translation>
    </message>
    <message>
        <source>The project roll-up of every cluster: %1</source>
        <translation>Il riepilogo di progetto di tutti i cluster: %1</translation>
    </message>
    <message>
        <source>Prepared with LEC Desk on %1</source>
        <translation>Preparato con LEC Desk il %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 di %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Targets are those of the reporting period “%1”, summed over the clusters that set them; progress is the actual value of those clusters divided by the target, so a cluster without the target adds nothing to its progress.</source>
        <translation>Gli obiettivi sono quelli del periodo di rendicontazione “%1”, sommati sui cluster che li hanno fissati; l’avanzamento è il valore raggiunto da quei cluster diviso per l’obiettivo, quindi un cluster senza quell’obiettivo non incide sul suo avanzamento.</translation>
    </message>
</context>
<context>
    <name>KpiReportData</name>
    <message>
        <source>The institutions and events behind the KPIs do not add up to them; write the report again.</source>
        <translation>Le istituzioni e gli eventi dietro i KPI non corrispondono ai loro totali; scrivi di nuovo il rapporto.</translation>
    </message>
    <message>
        <source>Cannot read the names in the report: %1</source>
        <translation>Impossibile leggere i nomi del rapporto: %1</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>Institutions by type</source>
        <translation>Istituzioni per tipo</translation>
    </message>
    <message>
        <source>Events held by kind</source>
        <translation>Eventi svolti per tipo</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tutti i cluster</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 of the target of %2</source>
        <translation>%1 dell&apos;obiettivo di %2</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <source>%1: %2. Click or press Enter to list what it counts.</source>
        <translation>%1: %2. Fai clic o premi Invio per vedere che cosa conta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the target of %2 (set by %n of %3 clusters)</source>
        <translation>
            <numerusform>%1 dell’obiettivo di %2 (fissato da %n cluster su %3)</numerusform>
            <numerusform>%1 dell’obiettivo di %2 (fissato da %n cluster su %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiXlsx</name>
    <message>
        <source>the workbook cannot be created</source>
        <translation>non è possibile creare la cartella di lavoro</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About LEC Desk</source>
        <translation>Informazioni su LEC Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LEC Desk %1&lt;/h3&gt;&lt;p&gt;The desktop companion for the coordinators of Local Education Clusters: member institutions, events, workplans and KPIs, offline first.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LEC Desk %1&lt;/h3&gt;&lt;p&gt;Lo strumento desktop per i coordinatori dei Local Education Cluster: istituzioni aderenti, eventi, piani di lavoro e KPI, pensato per funzionare anche offline.&lt;/p&gt;&lt;p&gt;Software libero distribuito con licenza GNU GPL, versione 3 o successiva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LEC Desk</source>
        <translation>LEC Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Impo&amp;stazioni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>&amp;New cluster…</source>
        <translation>&amp;Nuovo cluster…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Carica &amp;dati dimostrativi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonne…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;About LEC Desk</source>
        <translation>&amp;Informazioni su LEC Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>No cluster</source>
        <translation>Nessun cluster</translation>
    </message>
    <message>
        <source>Cluster not created</source>
        <translation>Cluster non creato</translation>
    </message>
    <message>
        <source>Created the cluster “%1”.</source>
        <translation>Creato il cluster “%1”.</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Dati dimostrativi non caricati</translation>
    </message>
    <message>
        <source>The demo cluster is open. Its institutions and people are fictional.</source>
        <translation>Il cluster dimostrativo è aperto. Le sue istituzioni e persone sono fittizie.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossibile annullare</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossibile ripetere</translation>
    </message>
    <message>
        <source>“%1” cannot be undone.</source>
        <translation>Non è possibile annullare “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be redone.</source>
        <translation>Non è possibile ripetere “%1”.</translation>
    </message>
    <message>
        <source>The step has been removed from the undo history; nothing was changed.</source>
        <translation>Il passaggio è stato tolto dalla cronologia degli annullamenti; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rendicontazione</translation>
    </message>
    <message>
        <source>Reporting &amp;periods…</source>
        <translation>&amp;Periodi di rendicontazione…</translation>
    </message>
    <message>
        <source>The cluster&apos;s reporting periods and KPI targets; lock a period once it is reported</source>
        <translation>I periodi di rendicontazione del cluster e gli obiettivi dei KPI; blocca un periodo dopo averlo rendicontato</translation>
    </message>
    <message>
        <source>Write &amp;report…</source>
        <translation>Scrivi &amp;rapporto…</translation>
    </message>
    <message>
        <source>Write the periodic report of a cluster as a PDF, in Italian or English</source>
        <translation>Scrivi il rapporto periodico di un cluster in PDF, in italiano o in inglese</translation>
    </message>
    <message>
        <source>The database can be read again.</source>
        <translation>Il database si può leggere di nuovo.</translation>
    </message>
    <message>
        <source>The database still cannot be read.</source>
        <translation>Il database non si può ancora leggere.</translation>
    </message>
</context>
<context>
    <name>PartnerChangeCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>modifica di “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>eliminazione di “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)</source>
        <translation>
            <numerusform>eliminazione di %n partner</numerusform>
            <numerusform>eliminazione di %n partner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerChooser</name>
    <message>
        <source>Already taking part in the event</source>
        <translation>Partecipa già all&apos;evento</translation>
    </message>
    <message>
        <source>Already an organiser of the event</source>
        <translation>Organizza già l&apos;evento</translation>
    </message>
    <message>
        <source>Find a partner…</source>
        <translation>Trova un partner…</translation>
    </message>
    <message>
        <source>&amp;Organised by (%1)</source>
        <translation>&amp;Organizzato da (%1)</translation>
    </message>
    <message>
        <source>Also &amp;taking part (%1)</source>
        <translation>&amp;Partecipano anche (%1)</translation>
    </message>
</context>
<context>
    <name>PartnerCsv</name>
    <message>
        <source>The file has a header line but no partners.</source>
        <translation>Il file ha una riga di intestazione ma nessun partner.</translation>
    </message>
    <message>
        <source>The column “%1” is not a partner column and is ignored.</source>
        <translation>La colonna “%1” non è una colonna dei partner e viene ignorata.</translation>
    </message>
    <message>
        <source>A partner called “%1” already exists in cluster “%2”.</source>
        <translation>Nel cluster “%2” esiste già un partner di nome “%1”.</translation>
    </message>
    <message>
        <source>Contact person %1 has more than four parts; write “name | role | e-mail | phone”, one person per line.</source>
        <translation>Il referente %1 ha più di quattro parti; scrivi “nome | ruolo | e-mail | telefono”, una persona per riga.</translation>
    </message>
    <message>
        <source>“%1” is already on line %2 of this file.</source>
        <translation>“%1” è già presente alla riga %2 di questo file.</translation>
    </message>
    <message>
        <source>Without a joined-on date a partner counts as a member in every period; give the date it joined.</source>
        <translation>Senza data di adesione un partner conta come membro in ogni periodo: indica la data in cui ha aderito.</translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPanel</name>
    <message>
        <source>Select a partner to see its details.</source>
        <translation>Seleziona un partner per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Aderente dal</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Uscito il</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nessuno registrato.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>Mostra eventi</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ancora nessuno</translation>
    </message>
</context>
<context>
    <name>PartnerEditorDialog</name>
    <message>
        <source>New partner</source>
        <translation>Nuovo partner</translation>
    </message>
    <message>
        <source>Edit partner – %1</source>
        <translation>Modifica partner – %1</translation>
    </message>
    <message>
        <source>e.g. Istituto Comprensivo Roiano</source>
        <translation>es. Istituto Comprensivo Roiano</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Scegli un tipo…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>School &amp;level:</source>
        <translation>&amp;Livello scolastico:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Città:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sito &amp;web:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Data nota</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>A&amp;derente dal:</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Uscito</translation>
    </message>
    <message>
        <source>Le&amp;ft on:</source>
        <translation>&amp;Uscito il:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Aggiungi &amp;referente</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>Rimuo&amp;vi referente</translation>
    </message>
    <message>
        <source>Contact persons:</source>
        <translation>Referenti:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Changes that leave its type and membership dates as they were can still be saved.</source>
        <translation>Le modifiche che lasciano invariati il tipo e le date di adesione e uscita si possono comunque salvare.</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>Cannot save the partner: %1</source>
        <translation>Impossibile salvare il partner: %1</translation>
    </message>
    <message>
        <source>Cannot delete the partner: %1</source>
        <translation>Impossibile eliminare il partner: %1</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Livello scolastico</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Aderente dal</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Uscito il</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PartnerValidator</name>
    <message>
        <source>The type is required.</source>
        <translation>Il tipo è obbligatorio.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>Another partner in this cluster is already called “%1”.</source>
        <translation>In questo cluster esiste già un altro partner di nome “%1”.</translation>
    </message>
    <message>
        <source>A school level is only given for schools.</source>
        <translation>Il livello scolastico si indica solo per le scuole.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (expected name@example.org).</source>
        <translation>“%1” non è un indirizzo e-mail (formato atteso: nome@example.org).</translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected www.example.org or https://…).</source>
        <translation>“%1” non è un indirizzo web (formato atteso: www.example.org o https://…).</translation>
    </message>
    <message>
        <source>The partner cannot leave before it joined.</source>
        <translation>La data di uscita non può precedere quella di adesione.</translation>
    </message>
    <message>
        <source>Contact person %1: the name is required.</source>
        <translation>Referente %1: il nome è obbligatorio.</translation>
    </message>
    <message>
        <source>Contact person %1: “%2” is not an e-mail address.</source>
        <translation>Referente %1: “%2” non è un indirizzo e-mail.</translation>
    </message>
</context>
<context>
    <name>PartnerVocabulary</name>
    <message>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <source>Research centre</source>
        <translation>Centro di ricerca</translation>
    </message>
    <message>
        <source>Museum or science centre</source>
        <translation>Museo o science centre</translation>
    </message>
    <message>
        <source>Business/industry</source>
        <translation>Impresa/industria</translation>
    </message>
    <message>
        <source>Non-profit or association</source>
        <translation>Ente non profit o associazione</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Ente locale</translation>
    </message>
    <message>
        <source>Governmental institution</source>
        <translation>Ente governativo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaria</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Secondaria di primo grado</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Secondaria di secondo grado</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Formazione professionale</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <source>No cluster yet</source>
        <translation>Ancora nessun cluster</translation>
    </message>
    <message>
        <source>LEC Desk keeps the register of your cluster&apos;s member institutions. Create your cluster to start, or load a fictional demo cluster to look around.</source>
        <translation>LEC Desk gestisce il registro delle istituzioni aderenti al tuo cluster. Crea il tuo cluster per iniziare, oppure carica un cluster dimostrativo fittizio per dare un&apos;occhiata.</translation>
    </message>
    <message>
        <source>New cluster…</source>
        <translation>Nuovo cluster…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Carica dati dimostrativi</translation>
    </message>
    <message>
        <source>Search name, city, e-mail, contacts… (Ctrl+F)</source>
        <translation>Cerca nome, città, e-mail, referenti… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Aderenti attuali</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Ex aderenti</translation>
    </message>
    <message>
        <source>Current and former</source>
        <translation>Attuali ed ex</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s)</source>
        <translation>
            <numerusform>%1 di %n partner</numerusform>
            <numerusform>%1 di %n partner</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>aggiunta di “%1”</translation>
    </message>
    <message>
        <source>Partner not saved</source>
        <translation>Partner non salvato</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1” aggiunto.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” salvato.</translation>
    </message>
    <message>
        <source>Delete “%1” and its contact persons from the register? You can undo this with Ctrl+Z.</source>
        <translation>Eliminare “%1” e i suoi referenti dal registro? Puoi annullare l&apos;operazione con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s) and their contact persons from the register? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Eliminare %n partner e i suoi referenti dal registro? Puoi annullare l&apos;operazione con Ctrl+Z.</numerusform>
            <numerusform>Eliminare %n partner e i loro referenti dal registro? Puoi annullare l&apos;operazione con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners not deleted</source>
        <translation>Partner non eliminati</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n partner(s).</source>
        <translation>
            <numerusform>Eliminato %n partner.</numerusform>
            <numerusform>Eliminati %n partner.</numerusform>
        </translation>
    </message>
    <message>
        <source>To record that a partner has left the cluster, give its “left on” date instead of deleting it.</source>
        <translation>Per registrare che un partner è uscito dal cluster, indica la sua data di uscita invece di eliminarlo.</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nuovo partner…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Add a partner to the register (Ctrl+N)</source>
        <translation>Aggiungi un partner al registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Modifica partner…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit the selected partner (Enter)</source>
        <translation>Modifica il partner selezionato (Invio)</translation>
    </message>
    <message>
        <source>&amp;Delete partner</source>
        <translation>&amp;Elimina partner</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected partners (Del)</source>
        <translation>Elimina i partner selezionati (Canc)</translation>
    </message>
    <message>
        <source>&amp;Show events</source>
        <translation>Mo&amp;stra eventi</translation>
    </message>
    <message>
        <source>Show the events the selected partner organised or took part in</source>
        <translation>Mostra gli eventi che il partner selezionato ha organizzato o a cui ha partecipato</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>&amp;Importa partner…</translation>
    </message>
    <message>
        <source>Import partners from a CSV file (Ctrl+I)</source>
        <translation>Importa partner da un file CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport partners…</source>
        <translation>E&amp;sporta partner…</translation>
    </message>
    <message>
        <source>Export the cluster&apos;s partners to a CSV file (Ctrl+E)</source>
        <translation>Esporta i partner del cluster in un file CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Importa partner</translation>
    </message>
    <message>
        <source>Partners not imported</source>
        <translation>Partner non importati</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n partner(s). Undo (Ctrl+Z) takes the import back.</source>
        <translation>
            <numerusform>Importato %n partner. Per annullare l&apos;importazione usa Annulla (Ctrl+Z).</numerusform>
            <numerusform>Importati %n partner. Per annullare l&apos;importazione usa Annulla (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Esporta partner</translation>
    </message>
    <message>
        <source>%1 - partners.csv</source>
        <translation>%1 - partner.csv</translation>
    </message>
    <message>
        <source>Partners not exported</source>
        <translation>Partner non esportati</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n partner(s) to %1.</source>
        <translation>
            <numerusform>Esportato %n partner in %1.</numerusform>
            <numerusform>Esportati %n partner in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partner(s)</source>
        <translation>
            <numerusform>Elimina %n partner</numerusform>
            <numerusform>Elimina %n partner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodLock</name>
    <message>
        <source>“%1” counts towards the reporting period “%2” (%3 to %4), which is locked because it has been reported, so its KPIs can no longer change. To make this change, first unlock the period under Reports › Reporting periods.</source>
        <translation>“%1” rientra nel periodo di rendicontazione “%2” (dal %3 al %4), che è bloccato perché è già stato rendicontato: i suoi KPI non possono più cambiare. Per fare questa modifica, sblocca prima il periodo in Rendicontazione › Periodi di rendicontazione.</translation>
    </message>
    <message>
        <source>Cannot check the locked reporting periods, so nothing was changed: %1</source>
        <translation>Impossibile controllare i periodi di rendicontazione bloccati, quindi non è stato modificato nulla: %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Workplans are not built yet</source>
        <translation>I piani di lavoro non sono ancora disponibili</translation>
    </message>
    <message>
        <source>This section will hold the cluster workplan: activities, responsibilities and contributions. It arrives in a later version of LEC Desk; nothing is shown here until then.</source>
        <translation>Questa sezione conterrà il piano di lavoro del cluster: attività, responsabilità e contributi. Arriverà in una versione successiva di LEC Desk; fino ad allora qui non viene mostrato nulla.</translation>
    </message>
    <message>
        <source>Workplans</source>
        <translation>Piani di lavoro</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
</context>
<context>
    <name>ReadProblemBar</name>
    <message>
        <source>The lists show what was read last; nothing has been lost.</source>
        <translation>Gli elenchi mostrano quanto letto per ultimo; non è andato perso nulla.</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Leggi di nuovo il database</translation>
    </message>
    <message>
        <source>Try reading the database again</source>
        <translation>Prova a leggere di nuovo il database</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problema del database</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Ri&amp;prova</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Write the periodic report</source>
        <translation>Scrivi il rapporto periodico</translation>
    </message>
    <message>
        <source>All clusters (project roll-up)</source>
        <translation>Tutti i cluster (riepilogo di progetto)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Giorni:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Scrivi rapporto</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Other days…</source>
        <translation>Altri giorni…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>L’ultimo giorno è precedente al primo.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Scegli il file da scrivere.</translation>
    </message>
    <message>
        <source>The report is a PDF document: name the file .pdf.</source>
        <translation>Il rapporto è un documento PDF: usa l’estensione .pdf.</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>Report not written</source>
        <translation>Rapporto non scritto</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Scrittura del rapporto in corso…</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapporto scritto in %1.</translation>
    </message>
    <message>
        <source>The reporting periods cannot be read: %1</source>
        <translation>Impossibile leggere i periodi di rendicontazione: %1</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodChangeCommand</name>
    <message>
        <source>Add period “%1”</source>
        <translation>Aggiungi il periodo “%1”</translation>
    </message>
    <message>
        <source>Edit period “%1”</source>
        <translation>Modifica il periodo “%1”</translation>
    </message>
    <message>
        <source>Delete period “%1”</source>
        <translation>Elimina il periodo “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n period(s)</source>
        <translation>
            <numerusform>Elimina %n periodo</numerusform>
            <numerusform>Elimina %n periodi</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock period “%1”</source>
        <translation>Blocca il periodo “%1”</translation>
    </message>
    <message>
        <source>Unlock period “%1”</source>
        <translation>Sblocca il periodo “%1”</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodEditorDialog</name>
    <message>
        <source>New reporting period</source>
        <translation>Nuovo periodo di rendicontazione</translation>
    </message>
    <message>
        <source>Reporting period – %1 (locked)</source>
        <translation>Periodo di rendicontazione – %1 (bloccato)</translation>
    </message>
    <message>
        <source>Edit reporting period – %1</source>
        <translation>Modifica periodo di rendicontazione – %1</translation>
    </message>
    <message>
        <source>e.g. Period 3, or School year 2024/25</source>
        <translation>es. Periodo 3, oppure Anno scolastico 2024/25</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primo giorno:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Ultimo giorno:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>What the cluster aims to reach over the whole period, as the funder agreed it. Leave a KPI empty if it has no target.</source>
        <translation>Ciò che il cluster si propone di raggiungere nell&apos;intero periodo, come concordato con il finanziatore. Lascia vuoto un KPI che non ha obiettivo.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Reached in these dates</source>
        <translation>Raggiunto in queste date</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>nessun obiettivo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&lt;b&gt;This period is locked because it has been reported.&lt;/b&gt; Its name, dates and targets cannot change, and neither can the events and partners that count towards its KPIs. If a correction is needed, close this window, select the period in the list and choose &lt;i&gt;Unlock&lt;/i&gt;; lock it again once the correction is made.</source>
        <translation>&lt;b&gt;Questo periodo è bloccato perché è già stato rendicontato.&lt;/b&gt; Il nome, le date e gli obiettivi non possono cambiare, e nemmeno gli eventi e i partner che contano per i suoi KPI. Se serve una correzione, chiudi questa finestra, seleziona il periodo nell&apos;elenco e scegli &lt;i&gt;Sblocca&lt;/i&gt;; bloccalo di nuovo dopo la correzione.</translation>
    </message>
    <message>
        <source>Type the target for “%1” as a number such as %2, or leave it empty.</source>
        <translation>Scrivi l&apos;obiettivo per “%1” come numero, ad esempio %2, oppure lascialo vuoto.</translation>
    </message>
    <message>
        <source>%1 (%2% of the target)</source>
        <translation>%1 (%2% dell&apos;obiettivo)</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodRepository</name>
    <message>
        <source>Cannot save the reporting period: %1</source>
        <translation>Impossibile salvare il periodo di rendicontazione: %1</translation>
    </message>
    <message>
        <source>The reporting period “%1” is locked because it has been reported. Unlock it before changing its name, dates or targets, or deleting it.</source>
        <translation>Il periodo di rendicontazione “%1” è bloccato perché è già stato rendicontato. Sbloccalo prima di modificarne il nome, le date o gli obiettivi, o di eliminarlo.</translation>
    </message>
    <message>
        <source>Cannot delete the reporting period: %1</source>
        <translation>Impossibile eliminare il periodo di rendicontazione: %1</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Reported: edits that would change this period&apos;s KPIs are refused until it is unlocked.</source>
        <translation>Rendicontato: le modifiche che cambierebbero i KPI di questo periodo sono rifiutate finché non viene sbloccato.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>How many of the KPIs have a target for the period</source>
        <translation>Quanti KPI hanno un obiettivo per il periodo</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodValidator</name>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Il periodo non può finire prima di iniziare.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Un obiettivo non può essere negativo.</translation>
    </message>
    <message>
        <source>Give the period a name, e.g. “Period 2”.</source>
        <translation>Dai un nome al periodo, ad esempio “Periodo 2”.</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>Indica il primo giorno del periodo.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>Indica l&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <source>The cluster already has a period named “%1” (%2 to %3). Give this one another name.</source>
        <translation>Il cluster ha già un periodo di nome “%1” (dal %2 al %3). Dai a questo un altro nome.</translation>
    </message>
    <message>
        <source>“%1” is not a KPI that takes a target.</source>
        <translation>“%1” non è un KPI a cui si può dare un obiettivo.</translation>
    </message>
    <message>
        <source>The target must be a number.</source>
        <translation>L&apos;obiettivo deve essere un numero.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” non è un numero.</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodsDialog</name>
    <message>
        <source>Reporting periods – %1</source>
        <translation>Periodi di rendicontazione – %1</translation>
    </message>
    <message>
        <source>The periods the cluster reports on to its funder, each with a target for every KPI. Lock a period once its report has been sent: from then on LEC Desk refuses any change that would alter its KPIs, so the figures stay the ones reported.</source>
        <translation>I periodi su cui il cluster rendiconta al finanziatore, ciascuno con un obiettivo per ogni KPI. Blocca un periodo dopo averne inviato la rendicontazione: da quel momento LEC Desk rifiuta ogni modifica che ne cambierebbe i KPI, così i numeri restano quelli rendicontati.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No reporting periods yet&lt;/b&gt;&lt;br&gt;Add the periods the cluster reports on, such as “Period 1” or “School year 2024/25”, with New period…</source>
        <translation>&lt;b&gt;Ancora nessun periodo di rendicontazione&lt;/b&gt;&lt;br&gt;Aggiungi i periodi su cui il cluster rendiconta, come “Periodo 1” o “Anno scolastico 2024/25”, con Nuovo periodo…</translation>
    </message>
    <message>
        <source>&amp;New period…</source>
        <translation>&amp;Nuovo periodo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Blocca…</translation>
    </message>
    <message>
        <source>Mark the period as reported: its KPIs can no longer change</source>
        <translation>Segna il periodo come rendicontato: i suoi KPI non potranno più cambiare</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Sblocca…</translation>
    </message>
    <message>
        <source>Allow corrections to a reported period again</source>
        <translation>Consenti di nuovo correzioni a un periodo rendicontato</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Visualizza…</translation>
    </message>
    <message>
        <source>A locked period cannot be deleted; unlock it first.</source>
        <translation>Un periodo bloccato non si può eliminare: sbloccalo prima.</translation>
    </message>
    <message>
        <source>Period not saved</source>
        <translation>Periodo non salvato</translation>
    </message>
    <message>
        <source>Delete the reporting period?</source>
        <translation>Eliminare il periodo di rendicontazione?</translation>
    </message>
    <message>
        <source>Delete “%1” and its targets? Events and partners stay as they are. You can undo this with Ctrl+Z.</source>
        <translation>Eliminare “%1” e i suoi obiettivi? Eventi e partner restano come sono. Puoi annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Period not deleted</source>
        <translation>Periodo non eliminato</translation>
    </message>
    <message>
        <source>Lock the reporting period?</source>
        <translation>Bloccare il periodo di rendicontazione?</translation>
    </message>
    <message>
        <source>Lock “%1” now that it has been reported?

While it is locked, LEC Desk refuses every change that would alter its KPIs: its dates and targets, the events held in it and their participation figures, and the partners that were members during it. Everything else stays editable.

You can unlock it later if a correction is needed.</source>
        <translation>Bloccare “%1” ora che è stato rendicontato?

Finché è bloccato, LEC Desk rifiuta ogni modifica che ne cambierebbe i KPI: le date e gli obiettivi, gli eventi svolti nel periodo e i loro dati di partecipazione, e i partner che ne erano membri. Tutto il resto rimane modificabile.

Potrai sbloccarlo in seguito se servirà una correzione.</translation>
    </message>
    <message>
        <source>Period not locked</source>
        <translation>Periodo non bloccato</translation>
    </message>
    <message>
        <source>Unlock the reporting period?</source>
        <translation>Sbloccare il periodo di rendicontazione?</translation>
    </message>
    <message>
        <source>Unlock “%1”?

Its dates and targets, and the events and partners that count towards its KPIs, can then change again, so its KPIs may no longer match what was reported. Lock it again once the correction is made.</source>
        <translation>Sbloccare “%1”?

Le date e gli obiettivi, e gli eventi e i partner che contano per i suoi KPI, potranno di nuovo cambiare, quindi i KPI potrebbero non corrispondere più a quanto rendicontato. Bloccalo di nuovo dopo la correzione.</translation>
    </message>
    <message>
        <source>Period not unlocked</source>
        <translation>Periodo non sbloccato</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file holds no partner that can be imported.</source>
        <translation>Il file non contiene alcun partner importabile.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n partner(s)</source>
        <translation>
            <numerusform>importazione di %n partner</numerusform>
            <numerusform>importazione di %n partner</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>Scegli prima un cluster.</translation>
    </message>
    <message>
        <source>The file holds no event that can be imported.</source>
        <translation>Il file non contiene alcun evento importabile.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation>
            <numerusform>Importa %n evento</numerusform>
            <numerusform>Importa %n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of clusters cannot be read: %1</source>
        <translation>Impossibile leggere l’elenco dei cluster: %1</translation>
    </message>
    <message>
        <source>The partners cannot be read: %1</source>
        <translation>Impossibile leggere i partner: %1</translation>
    </message>
    <message>
        <source>The events cannot be read: %1</source>
        <translation>Impossibile leggere gli eventi: %1</translation>
    </message>
    <message>
        <source>The reporting periods cannot be read: %1</source>
        <translation>Impossibile leggere i periodi di rendicontazione: %1</translation>
    </message>
</context>
</TS>
