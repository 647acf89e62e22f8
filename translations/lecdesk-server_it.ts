<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AdminCli</name>
    <message>
        <source>Unknown role %1: expected admin, coordinator, viewer or none.</source>
        <translation>Ruolo sconosciuto %1: usare admin, coordinator, viewer o none.</translation>
    </message>
    <message>
        <source>create or upgrade the database; with --admin, also add that user</source>
        <translation>crea o aggiorna il database; con --admin aggiunge anche quell&apos;utente</translation>
    </message>
    <message>
        <source>add a user; the password is read from standard input</source>
        <translation>aggiunge un utente; la password viene letta dallo standard input</translation>
    </message>
    <message>
        <source>set a user&apos;s password, read from standard input</source>
        <translation>imposta la password di un utente, letta dallo standard input</translation>
    </message>
    <message>
        <source>disable a user and revoke all their device tokens</source>
        <translation>disattiva un utente e revoca tutti i token dei suoi dispositivi</translation>
    </message>
    <message>
        <source>enable a disabled user again</source>
        <translation>riattiva un utente disattivato</translation>
    </message>
    <message>
        <source>add a cluster and print its id</source>
        <translation>aggiunge un cluster e ne stampa l&apos;id</translation>
    </message>
    <message>
        <source>list the clusters with their members</source>
        <translation>elenca i cluster con i loro membri</translation>
    </message>
    <message>
        <source>give a user a role in a cluster (by name or id), or none to take it away</source>
        <translation>assegna a un utente un ruolo in un cluster (per nome o id), oppure none per toglierlo</translation>
    </message>
    <message>
        <source>list the device tokens, of everyone or of one user</source>
        <translation>elenca i token dei dispositivi, di tutti o di un solo utente</translation>
    </message>
    <message>
        <source>revoke a device token</source>
        <translation>revoca il token di un dispositivo</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>Esiste già un utente %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Non esiste alcun utente %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid user name: use 1 to 64 characters among a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>%1 non è un nome utente valido: usare da 1 a 64 caratteri tra a-z, 0-9, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>La password è troppo corta: usare almeno 10 caratteri.</translation>
    </message>
    <message>
        <source>The display name is too long (at most 100 characters) or holds control characters.</source>
        <translation>Il nome visualizzato è troppo lungo (al massimo 100 caratteri) o contiene caratteri di controllo.</translation>
    </message>
    <message>
        <source>There is already a cluster %1.</source>
        <translation>Esiste già un cluster %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid cluster name: use 1 to 100 characters, no control characters, and nothing that looks like a cluster id.</source>
        <translation>%1 non è un nome di cluster valido: usare da 1 a 100 caratteri, senza caratteri di controllo, e non qualcosa che sembri l&apos;id di un cluster.</translation>
    </message>
    <message>
        <source>There is no cluster %1.</source>
        <translation>Non esiste alcun cluster %1.</translation>
    </message>
    <message>
        <source>There is no token %1.</source>
        <translation>Non esiste alcun token %1.</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Errore del database: %1</translation>
    </message>
    <message>
        <source>No password on standard input: give it as one line.</source>
        <translation>Nessuna password sullo standard input: fornirla su una sola riga.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nuova password per %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Ripetere la password: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Nessuna password inserita.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Le due password non coincidono; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The database is ready: %1 (schema version %2).</source>
        <translation>Il database è pronto: %1 (versione dello schema %2).</translation>
    </message>
    <message>
        <source>Next: add the first user with “%1 user add NAME”, or run “%1 init --admin NAME”.</source>
        <translation>Prossimo passo: aggiungere il primo utente con “%1 user add NOME”, oppure eseguire “%1 init --admin NOME”.</translation>
    </message>
    <message>
        <source>Added user %1.</source>
        <translation>Utente %1 aggiunto.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Password di %1 modificata.</translation>
    </message>
    <message>
        <source>Disabled user %1 and revoked their device tokens.</source>
        <translation>Utente %1 disattivato; i token dei suoi dispositivi sono stati revocati.</translation>
    </message>
    <message>
        <source>Enabled user %1; they log in again on each device.</source>
        <translation>Utente %1 riattivato; dovrà accedere di nuovo da ogni dispositivo.</translation>
    </message>
    <message>
        <source>No clusters yet: add one with “%1 cluster add NAME”.</source>
        <translation>Ancora nessun cluster: aggiungerne uno con “%1 cluster add NOME”.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>LAST SEQUENCE</source>
        <translation>ULTIMA SEQUENZA</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBRI</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3.</source>
        <translation>%1 ora è %2 in %3.</translation>
    </message>
    <message>
        <source>%1 has no role in %2 any more.</source>
        <translation>%1 non ha più alcun ruolo in %2.</translation>
    </message>
    <message>
        <source>No device tokens.</source>
        <translation>Nessun token di dispositivo.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocato</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTENTE</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATO</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ULTIMO USO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>SCADENZA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>Revoked token %1.</source>
        <translation>Token %1 revocato.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>There is no database at %1 yet: run “%2 init” first.</source>
        <translation>Non c&apos;è ancora un database in %1: eseguire prima “%2 init”.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>The configuration file is %1 unless --config names another; --database overrides its database. Passwords are read from standard input, never from the command line.</source>
        <translation>Il file di configurazione è %1, a meno che --config ne indichi un altro; --database sostituisce il database che vi è indicato. Le password vengono lette dallo standard input, mai dalla riga di comando.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Comando sconosciuto: %1.</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Numero di argomenti errato.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply here.</source>
        <translation>L&apos;opzione --%1 non vale per questo comando.</translation>
    </message>
    <message>
        <source>Next:
  1. create a cluster: %1 cluster add NAME
  2. make %2 its admin: %1 grant %2 NAME admin
  3. start the server: systemctl start lecdesk-server (or %1 serve)
  4. check that it answers: curl --cacert CERTIFICATE https://THIS-SERVER:%3/v1/health</source>
        <translation>Prossimi passi:
  1. creare un cluster: %1 cluster add NOME
  2. nominare %2 amministratore del cluster: %1 grant %2 NOME admin
  3. avviare il server: systemctl start lecdesk-server (oppure %1 serve)
  4. verificare che risponda: curl --cacert CERTIFICATO https://QUESTO-SERVER:%3/v1/health</translation>
    </message>
</context>
<context>
    <name>ServerArguments</name>
    <message>
        <source>unknown option %1</source>
        <translation>opzione sconosciuta %1</translation>
    </message>
    <message>
        <source>--%1: expected a value</source>
        <translation>--%1: manca il valore</translation>
    </message>
    <message>
        <source>--%1: given twice</source>
        <translation>--%1: indicata due volte</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>expected a positive whole number</source>
        <translation>atteso un numero intero positivo</translation>
    </message>
    <message>
        <source>expected a file name</source>
        <translation>atteso un nome di file</translation>
    </message>
    <message>
        <source>expected an IP address such as 0.0.0.0 or ::1</source>
        <translation>atteso un indirizzo IP come 0.0.0.0 o ::1</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>atteso un numero di porta da 1 a 65535</translation>
    </message>
    <message>
        <source>expected a file name or postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME</source>
        <translation>atteso un nome di file o postgresql://UTENTE[:PASSWORD]@HOST[:PORTA]/NOME</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: il file non esiste</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: impossibile leggere il file</translation>
    </message>
    <message>
        <source>%1: not an INI file</source>
        <translation>%1: non è un file INI</translation>
    </message>
    <message>
        <source>%1: %2: every key belongs in [server] or [limits]</source>
        <translation>%1: %2: ogni chiave va in [server] o in [limits]</translation>
    </message>
    <message>
        <source>%1: [%2]: unknown section; expected [server] or [limits]</source>
        <translation>%1: [%2]: sezione sconosciuta; attese [server] o [limits]</translation>
    </message>
    <message>
        <source>%1: [%2] %3: unknown key</source>
        <translation>%1: [%2] %3: chiave sconosciuta</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>chiave sconosciuta</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>opzione sconosciuta</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argomento inatteso %1</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opzione sconosciuta --%1</translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>Cannot listen on %1 port %2: is another program using it, or is the port below 1024 without the capability to bind it?</source>
        <translation>Impossibile mettersi in ascolto su %1 porta %2: la usa già un altro programma, oppure la porta è sotto 1024 e manca il permesso di usarla?</translation>
    </message>
    <message>
        <source>lecdesk-server %1 listening on https://%2:%3/ with the database %4</source>
        <translation>lecdesk-server %1 in ascolto su https://%2:%3/ con il database %4</translation>
    </message>
</context>
</TS>
