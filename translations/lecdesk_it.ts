<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <source>      Create a sample cluster with realistic, fictional partners.</source>
        <translation>      Crea un cluster di esempio con partner fittizi ma realistici.</translation>
    </message>
    <message>
        <source>      Add a cluster.</source>
        <translation>      Aggiungi un cluster.</translation>
    </message>
    <message>
        <source>      List the clusters with their region, country and number of partners.</source>
        <translation>      Elenca i cluster con regione, paese e numero di partner.</translation>
    </message>
    <message>
        <source>      Import partners from a CSV file; a file with a bad row imports nothing.</source>
        <translation>      Importa partner da un file CSV; se una riga è errata non viene importato nulla.</translation>
    </message>
    <message>
        <source>      Export the partners of a cluster to a CSV file.</source>
        <translation>      Esporta i partner di un cluster in un file CSV.</translation>
    </message>
    <message>
        <source>Global options, allowed anywhere:</source>
        <translation>Opzioni globali, ammesse in qualsiasi posizione:</translation>
    </message>
    <message>
        <source>      The database file (default: %1).</source>
        <translation>      Il file del database (predefinito: %1).</translation>
    </message>
    <message>
        <source>      The language of messages and of exported files (default: the system language, else English).</source>
        <translation>      La lingua dei messaggi e dei file esportati (predefinita: la lingua di sistema, altrimenti l&apos;inglese).</translation>
    </message>
    <message>
        <source>      Show this help. “lecdesk COMMAND --help” shows the options of a command.</source>
        <translation>      Mostra questo aiuto. “lecdesk COMANDO --help” mostra le opzioni di un comando.</translation>
    </message>
    <message>
        <source>      Show the version.</source>
        <translation>      Mostra la versione.</translation>
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
        <source>The database %1 does not exist yet, so it has no cluster to import into.</source>
        <translation>Il database %1 non esiste ancora, quindi non contiene alcun cluster in cui importare.</translation>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
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
        <source>      Import events and their participation figures from a CSV file; a file with a bad row imports nothing.</source>
        <translation>      Importa gli eventi e i relativi dati di partecipazione da un file CSV; un file con una riga errata non importa nulla.</translation>
    </message>
    <message>
        <source>      Export the events of a cluster to a CSV file.</source>
        <translation>      Esporta gli eventi di un cluster in un file CSV.</translation>
    </message>
    <message>
        <source>      Export the events of a cluster to an iCalendar file for calendar programs.</source>
        <translation>      Esporta gli eventi di un cluster in un file iCalendar per i programmi di calendario.</translation>
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
        <source>Delete events</source>
        <translation>Elimina eventi</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
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
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Workplans</source>
        <translation>Piani di lavoro</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
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
        <source>Load &amp;demo data</source>
        <translation>Carica &amp;dati dimostrativi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
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
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
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
        <source>Import partners</source>
        <translation>Importa partner</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
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
        <source>%1 - partners.csv</source>
        <translation>%1 - partner.csv</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Esporta partner</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
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
    <message>
        <source>&amp;Show events</source>
        <translation>Mo&amp;stra eventi</translation>
    </message>
    <message>
        <source>Show the events the selected partner organised or took part in</source>
        <translation>Mostra gli eventi che il partner selezionato ha organizzato o a cui ha partecipato</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
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
        <source>Delete partners</source>
        <translation>Elimina partner</translation>
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
        <source>The dashboard is not built yet</source>
        <translation>Il cruscotto non è ancora disponibile</translation>
    </message>
    <message>
        <source>This section will show the KPIs of each reporting period against their targets. It arrives in a later version of LEC Desk; nothing is shown here until then.</source>
        <translation>Questa sezione mostrerà i KPI di ogni periodo di rendicontazione rispetto ai relativi obiettivi. Arriverà in una versione successiva di LEC Desk; fino ad allora qui non viene mostrato nulla.</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
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
</context>
</TS>
