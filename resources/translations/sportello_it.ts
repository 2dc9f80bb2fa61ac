<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name />
    <message>
        <source>Assign to</source>
        <translation>Assegna a</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assegna a me</translation>
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation>Altre conversazioni con questa persona</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>AwayPage</name>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>While the Page is Away, people who write get the away message — at most once per conversation each time you are away — and the response metrics leave those requests out.</source>
        <translation>Mentre la Pagina è Assente, chi scrive riceve il messaggio di assenza — al massimo una volta per conversazione ogni volta che sei assente — e le metriche di risposta escludono quelle richieste.</translation>
    </message>
    <message>
        <source>Send an away message</source>
        <translation>Invia un messaggio di assenza</translation>
    </message>
    <message>
        <source>Away now</source>
        <translation>Assente ora</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>Away automatically outside business hours</source>
        <translation>Assente automaticamente fuori dagli orari di apertura</translation>
    </message>
    <message>
        <source>Several periods a day are fine, e.g. 12:00–14:30, 18:30–23:00. Leave a day empty when closed. Time zone: %1</source>
        <translation>Puoi indicare più fasce al giorno, per es. 12:00–14:30, 18:30–23:00. Lascia vuoto il giorno di chiusura. Fuso orario: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Opening hours on %1</source>
        <translation>Orari di apertura di %1</translation>
    </message>
    <message>
        <source>Save business hours</source>
        <translation>Salva gli orari</translation>
    </message>
    <message>
        <source>Closed dates</source>
        <translation>Giorni di chiusura</translation>
    </message>
    <message>
        <source>Closed date to add</source>
        <translation>Giorno di chiusura da aggiungere</translation>
    </message>
    <message>
        <source>Why (optional), e.g. Christmas</source>
        <translation>Motivo (facoltativo), per es. Natale</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Away until %1.</source>
        <translation>Assente fino a %1.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Away outside business hours, until %1.</source>
        <translation>Assente fuori orario, fino a %1.</translation>
    </message>
    <message>
        <source>Set Away for 12 hours</source>
        <translation>Imposta Assente per 12 ore</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Disponibile.</translation>
    </message>
    <message>
        <source>Business hours saved.</source>
        <translation>Orari salvati.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Il backup giornaliero non è riuscito: %1</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <source>Sportello database (*.db)</source>
        <translation>Database di Sportello (*.db)</translation>
    </message>
    <message>
        <source>PostgreSQL dump, for pg_restore (*.dump)</source>
        <translation>Dump di PostgreSQL, per pg_restore (*.dump)</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Impossibile scrivere il backup: %1</translation>
    </message>
    <message>
        <source>Copying the database to %1…</source>
        <translation>Copia del database in %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backup salvato in %1.</translation>
    </message>
    <message>
        <source>Backup cancelled: no file was written.</source>
        <translation>Backup annullato: nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da un backup</translation>
    </message>
    <message>
        <source>Replace everything in Sportello with the backup %1? The current database is kept aside, so this can be undone by hand.</source>
        <translation>Sostituire tutto il contenuto di Sportello con il backup %1? Il database attuale viene messo da parte, quindi si può tornare indietro a mano.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>This window works on the team's server, which is restored where it runs: with pg_restore and a file that Back up now wrote. Restore from a backup replaces only this computer's own database.</source>
        <translation>Questa finestra lavora sul server del team, che si ripristina dove è installato: con pg_restore e un file scritto da Backup ora. Ripristina da un backup sostituisce solo il database di questo computer.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message>
        <source>Restored. The previous database is kept as %1.</source>
        <translation>Ripristinato. Il database precedente è conservato come %1.</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>Il ripristino non è riuscito: %1</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Ripristino di %1…</translation>
    </message>
</context>
<context>
    <name>BadgeCard</name>
    <message>
        <source>Very responsive</source>
        <translation>Molto reattiva</translation>
    </message>
    <message>
        <source>Not very responsive yet</source>
        <translation>Non ancora molto reattiva</translation>
    </message>
    <message>
        <source>response rate · needs 90 % or more</source>
        <translation>tasso di risposta · serve il 90 % o più</translation>
    </message>
    <message>
        <source>response time · needs 15 min or less</source>
        <translation>tempo di risposta · servono 15 min o meno</translation>
    </message>
    <message>
        <source>No requests yet: the badge is computed from the requests people send.</source>
        <translation>Ancora nessuna richiesta: il badge si calcola sulle richieste che ricevi.</translation>
    </message>
    <message>
        <source>Keep it: answer new requests within 15 minutes.</source>
        <translation>Per mantenerlo: rispondi alle nuove richieste entro 15 minuti.</translation>
    </message>
    <message numerus="yes">
        <source>Answer the next %n request(s) within 15 minutes to earn the badge.</source>
        <translation><numerusform>Rispondi alla prossima richiesta entro 15 minuti per ottenere il badge.</numerusform><numerusform>Rispondi alle prossime %n richieste entro 15 minuti per ottenere il badge.</numerusform></translation>
    </message>
    <message>
        <source>Answer every new request within 15 minutes: the window has many missed requests, so it takes a while to earn the badge.</source>
        <translation>Rispondi a ogni nuova richiesta entro 15 minuti: nel periodo ci sono molte richieste senza risposta, ci vorrà un po' per ottenere il badge.</translation>
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation>Di solito risponde in pochi minuti</translation>
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation>Di solito risponde entro un'ora</translation>
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation>Di solito risponde entro qualche ora</translation>
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation>Di solito risponde entro un giorno</translation>
    </message>
    <message>
        <source>not shown (fewer than 90 % of messages answered, or the inbox unused this week)</source>
        <translation>non mostrato (risposta a meno del 90 % dei messaggi, o posta non usata questa settimana)</translation>
    </message>
    <message>
        <source>The Page shows: %1</source>
        <translation>La Pagina mostra: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) between %1 and %2</source>
        <translation><numerusform>%n richiesta tra %1 e %2</numerusform><numerusform>%n richieste tra %1 e %2</numerusform></translation>
    </message>
    <message>
        <source>Counting business hours only: %1</source>
        <translation>Contando solo gli orari di apertura: %1</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Your business as customers see it. The country is where phone numbers typed without their country code are from; the time zone is the one of your business hours.</source>
        <translation>La tua attività come la vedono i clienti. Il paese è quello dei numeri di telefono scritti senza prefisso internazionale; il fuso orario è quello dei tuoi orari di apertura.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Week agenda</source>
        <translation>Agenda settimanale</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Esporta .ics…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsabili</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Solo i miei</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Promemoria scaduti</translation>
    </message>
    <message>
        <source>Month of follow-ups</source>
        <translation>Mese dei promemoria</translation>
    </message>
    <message>
        <source>Follow-ups of the selected day</source>
        <translation>Promemoria del giorno scelto</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nuovo promemoria…</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnati</translation>
    </message>
    <message>
        <source>Show follow-ups of %1</source>
        <translation>Mostra i promemoria di %1</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Scaduti (%1)</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Niente di scaduto.</translation>
    </message>
    <message>
        <source>No follow-ups. Double-click the day to add one.</source>
        <translation>Nessun promemoria. Fai doppio clic sul giorno per aggiungerne uno.</translation>
    </message>
    <message>
        <source>Follow-up moved to %1.</source>
        <translation>Promemoria spostato al %1.</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Esporta i promemoria</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s).</source>
        <translation><numerusform>Esportato %n promemoria.</numerusform><numerusform>Esportati %n promemoria.</numerusform></translation>
    </message>
</context>
<context>
    <name>CasesCard</name>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Cases by category and status</source>
        <translation>Casi per categoria e stato</translation>
    </message>
    <message>
        <source>Cases in %1 %2</source>
        <translation>Casi di %1 %2</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>Info sul prodotto</translation>
    </message>
    <message>
        <source>Site info</source>
        <translation>Info sul sito</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Info di contatto</translation>
    </message>
    <message>
        <source>Site or app problem</source>
        <translation>Problema del sito o dell'app</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>In assistenza</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s).</source>
        <translation><numerusform>Esportato %n caso.</numerusform><numerusform>Esportati %n casi.</numerusform></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Esporta i casi</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>Connect your Facebook Page to bring its Messenger conversations in and send replies out. The Page access token is kept in this computer's password store (keyring).</source>
        <translation>Collega la tua Pagina Facebook per ricevere le conversazioni di Messenger e inviare le risposte. Il token di accesso della Pagina resta nel portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>ID della Pagina</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Token di accesso della Pagina</translation>
    </message>
    <message>
        <source>only when I press Sync now</source>
        <translation>solo quando premo Sincronizza ora</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Salva e collega</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Stages back to Meta (Conversions API)</source>
        <translation>Fasi inviate a Meta (API Conversions)</translation>
    </message>
    <message>
        <source>Each stage a lead from a Meta form reaches is sent to the dataset you connect here, so that Meta's ads find more people like the ones who became customers. Events Manager gives the dataset ID and its access token; the token is kept in the keyring.</source>
        <translation>Ogni fase raggiunta da un lead di un modulo Meta viene inviata al set di dati che colleghi qui, così le inserzioni di Meta trovano più persone simili a quelle diventate clienti. Gestione eventi fornisce l'ID del set di dati e il suo token di accesso; il token resta nel portachiavi.</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>ID del set di dati</translation>
    </message>
    <message>
        <source>Dataset access token</source>
        <translation>Token di accesso del set di dati</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>Salva il set di dati</translation>
    </message>
    <message>
        <source>No dataset connected: nothing is sent.</source>
        <translation>Nessun set di dati collegato: non viene inviato nulla.</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent, %3 failed.</source>
        <translation>%1 in attesa, %2 inviati, %3 non riusciti.</translation>
    </message>
    <message>
        <source>Last refusal: %1</source>
        <translation>Ultimo rifiuto: %1</translation>
    </message>
    <message>
        <source>The dataset ID is the number Events Manager shows for it.</source>
        <translation>L'ID del set di dati è il numero che Gestione eventi mostra.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>The Page ID is the number in your Page's About section.</source>
        <translation>L'ID della Pagina è il numero nella sezione Informazioni della Pagina.</translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n minute(s).</source>
        <translation><numerusform>Prossimo tentativo tra %n minuto.</numerusform><numerusform>Prossimo tentativo tra %n minuti.</numerusform></translation>
    </message>
    <message>
        <source>Connect the Page first (Page ID and token).</source>
        <translation>Prima collega la Pagina (ID e token).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation><numerusform>ogni minuto</numerusform><numerusform>ogni %n minuti</numerusform></translation>
    </message>
    <message>
        <source>Sync by itself</source>
        <translation>Sincronizza da sola</translation>
    </message>
    <message>
        <source>Connected. New messages come in by themselves, and when you press Sync now.</source>
        <translation>Collegata. I nuovi messaggi arrivano da soli, e quando premi Sincronizza ora.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s).</source>
        <translation><numerusform>%n nuovo messaggio.</numerusform><numerusform>%n nuovi messaggi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) on the Page's posts.</source>
        <translation><numerusform>%n nuovo commento ai post della Pagina.</numerusform><numerusform>%n nuovi commenti ai post della Pagina.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) from the Page's forms.</source>
        <translation><numerusform>%n nuovo lead dai moduli della Pagina.</numerusform><numerusform>%n nuovi lead dai moduli della Pagina.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save PNG…</source>
        <translation>Salva PNG…</translation>
    </message>
    <message>
        <source>Save %1 as a picture</source>
        <translation>Salva %1 come immagine</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salva il grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Suggested:</source>
        <translation>Suggerite:</translation>
    </message>
    <message>
        <source>Write a reply… (Enter sends, Shift+Enter for a new line, / for saved replies)</source>
        <translation>Scrivi una risposta… (Invio per inviare, Maiusc+Invio per andare a capo, / per le risposte salvate)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Inserisci un'emoji</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Allega…</translation>
    </message>
    <message>
        <source>Attach photos or files (up to 25 MB each)</source>
        <translation>Allega foto o file (fino a 25 MB ciascuno)</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Risposte salvate…</translation>
    </message>
    <message>
        <source>Insert a saved reply (Ctrl+R)</source>
        <translation>Inserisci una risposta salvata (Ctrl+R)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Insert the suggested reply “%1” (Alt+%2)</source>
        <translation>Inserisci la risposta suggerita «%1» (Alt+%2)</translation>
    </message>
    <message>
        <source>You can reply for %1 more.</source>
        <translation>Puoi rispondere ancora per %1.</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer's last message: your reply will be sent with the HUMAN_AGENT tag (allowed until %1).</source>
        <translation>Sono passate più di 24 ore dall'ultimo messaggio del cliente: la risposta partirà con il tag HUMAN_AGENT (consentito fino a %1).</translation>
    </message>
    <message>
        <source>This is a comment on your post: you can send one private reply, until %1.</source>
        <translation>È un commento a un tuo post: puoi inviare una sola risposta privata, fino a %1.</translation>
    </message>
    <message>
        <source>The private reply to this comment has been sent. You can write again once the person answers in Messenger.</source>
        <translation>La risposta privata a questo commento è stata inviata. Potrai scrivere di nuovo quando la persona risponde su Messenger.</translation>
    </message>
    <message>
        <source>You can reply once the person has written to the Page.</source>
        <translation>Puoi rispondere dopo che la persona ha scritto alla Pagina.</translation>
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation>La finestra di risposta è chiusa: Messenger consente risposte fino a 7 giorni dall'ultimo messaggio del cliente.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Rimuovi l'allegato %1</translation>
    </message>
    <message>
        <source>Someone on the Page</source>
        <translation>Qualcuno sulla Pagina</translation>
    </message>
    <message>
        <source>Someone replied</source>
        <translation>Qualcuno ha risposto</translation>
    </message>
    <message>
        <source>%1 replied after you opened this conversation.</source>
        <translation>%1 ha risposto dopo che hai aperto questa conversazione.</translation>
    </message>
    <message>
        <source>Their reply: “%1”</source>
        <translation>La sua risposta: «%1»</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Invia comunque</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Relationship with the Page</source>
        <translation>Rapporto con la Pagina</translation>
    </message>
    <message>
        <source>Fill in or correct…</source>
        <translation>Completa o correggi…</translation>
    </message>
    <message>
        <source>Fill in or correct what is known of this person</source>
        <translation>Completa o correggi ciò che si sa di questa persona</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Add a label…</source>
        <translation>Aggiungi un'etichetta…</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Aggiungi un'etichetta</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case category</source>
        <translation>Categoria del caso</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>Info sul prodotto</translation>
    </message>
    <message>
        <source>Site info</source>
        <translation>Info sul sito</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Info di contatto</translation>
    </message>
    <message>
        <source>Site or app problem</source>
        <translation>Problema del sito o dell'app</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Nessun caso</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Stato del caso</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>In assistenza</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Regole di tempo</translation>
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation>Annulla ciò che hanno fatto le regole di tempo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note only the team sees…</source>
        <translation>Scrivi una nota visibile solo al team…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Altre conversazioni</translation>
    </message>
    <message>
        <source>Other conversations with this person</source>
        <translation>Altre conversazioni con questa persona</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuna.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Esporta i dati…</translation>
    </message>
    <message>
        <source>Everything held about this person, as a JSON file</source>
        <translation>Tutto ciò che conserviamo su questa persona, in un file JSON</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Dimentica…</translation>
    </message>
    <message>
        <source>Erase this person and everything about them</source>
        <translation>Cancella questa persona e tutto ciò che la riguarda</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Persona sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversazione</numerusform><numerusform>%n conversazioni</numerusform></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>Likes the Page since %1</source>
        <translation>Segue la Pagina da %1</translation>
    </message>
    <message>
        <source>Has reviewed the Page</source>
        <translation>Ha recensito la Pagina</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>non si sa</translation>
    </message>
    <message>
        <source>Remove the label %1</source>
        <translation>Rimuovi l'etichetta %1</translation>
    </message>
    <message>
        <source>Label %1, press to remove</source>
        <translation>Etichetta %1, premi per rimuoverla</translation>
    </message>
    <message>
        <source>Not a lead yet</source>
        <translation>Non è ancora un lead</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Crea lead</translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation>Apri il lead</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Qualcuno</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Case removed.</source>
        <translation>Caso rimosso.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica la nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota eliminata.</translation>
    </message>
    <message>
        <source>What is known of %1</source>
        <translation>Cosa si sa di %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Export contact data</source>
        <translation>Esporta i dati del contatto</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Contact data exported.</source>
        <translation>Dati del contatto esportati.</translation>
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation>Questa persona non è più in Sportello.</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Dimentica questa persona</translation>
    </message>
    <message>
        <source>Erase %1 and every message, note, lead, follow-up and file about them? This cannot be undone.</source>
        <translation>Cancellare %1 e ogni messaggio, nota, lead, promemoria e file che la riguarda? Non si può annullare.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message numerus="yes">
        <source>The person and %n message(s) were erased.</source>
        <translation><numerusform>La persona e %n messaggio sono stati cancellati.</numerusform><numerusform>La persona e %n messaggi sono stati cancellati.</numerusform></translation>
    </message>
    <message>
        <source>Lead created in Neutral.</source>
        <translation>Lead creato in Neutro.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n h left</source>
        <translation><numerusform>%n h rimasta</numerusform><numerusform>%n h rimaste</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation><numerusform>%n min rimasto</numerusform><numerusform>%n min rimasti</numerusform></translation>
    </message>
    <message>
        <source>unread</source>
        <translation>da leggere</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>contrassegnata</translation>
    </message>
    <message>
        <source>a comment on the post “%1”</source>
        <translation>un commento al post «%1»</translation>
    </message>
    <message>
        <source>a comment on a post</source>
        <translation>un commento a un post</translation>
    </message>
    <message>
        <source>%1 to reply</source>
        <translation>%1 per rispondere</translation>
    </message>
    <message numerus="yes">
        <source>%n other conversation(s)</source>
        <translation><numerusform>%n altra conversazione</numerusform><numerusform>%n altre conversazioni</numerusform></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sportello ran into a problem</source>
        <translation>Sportello ha avuto un problema</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything saved so far is safe. You can copy this report and send it to whoever looks after Sportello.</source>
        <translation>È successo qualcosa di imprevisto. Tutto ciò che è stato salvato finora è al sicuro. Puoi copiare questo rapporto e mandarlo a chi si occupa di Sportello.</translation>
    </message>
    <message>
        <source>The report is also saved in %1</source>
        <translation>Il rapporto è salvato anche in %1</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copia il rapporto</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
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
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>stesso telefono</translation>
    </message>
    <message>
        <source>same Meta id</source>
        <translation>stesso ID Meta</translation>
    </message>
    <message>
        <source>same name, nothing different</source>
        <translation>stesso nome, niente di diverso</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation><numerusform>%n conversazione</numerusform><numerusform>%n conversazioni</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation><numerusform>%n lead</numerusform><numerusform>%n lead</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n nota</numerusform><numerusform>%n note</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation><numerusform>%n etichetta</numerusform><numerusform>%n etichette</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n promemoria</numerusform><numerusform>%n promemoria</numerusform></translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contatti doppi</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Cerco i doppioni…</translation>
    </message>
    <message>
        <source>Groups of contacts that look like one person</source>
        <translation>Gruppi di contatti che sembrano una sola persona</translation>
    </message>
    <message>
        <source>Choose a group to see what a merge would do.</source>
        <translation>Scegli un gruppo per vedere cosa farebbe l'unione.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of contacts look like one person.</source>
        <translation><numerusform>%n gruppo di contatti sembra una sola persona.</numerusform><numerusform>%n gruppi di contatti sembrano una sola persona.</numerusform></translation>
    </message>
    <message>
        <source>No duplicates found: every contact looks like a person of their own.</source>
        <translation>Nessun doppione: ogni contatto sembra una persona a sé.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Tieni %1</translation>
    </message>
    <message>
        <source>%1: keep “%2”</source>
        <translation>%1: tieni «%2»</translation>
    </message>
    <message>
        <source>Their details do not differ.</source>
        <translation>I loro dati non sono diversi.</translation>
    </message>
    <message>
        <source>To the one kept: %1. No message, note or follow-up is lost, and Undo puts everything back.</source>
        <translation>A quello che resta: %1. Nessun messaggio, nota o promemoria va perso, e Annulla rimette tutto com'era.</translation>
    </message>
    <message>
        <source>nothing else moves</source>
        <translation>nient'altro si sposta</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Uniti in %1.</translation>
    </message>
    <message>
        <source>Contacts merged into %1.</source>
        <translation>Contatti uniti in %1.</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message numerus="yes">
        <source>E-mail %n lead(s)</source>
        <translation><numerusform>E-mail a %n lead</numerusform><numerusform>E-mail a %n lead</numerusform></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>A: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without an e-mail address will be left out.</source>
        <translation><numerusform>%n lead senza indirizzo e-mail sarà escluso.</numerusform><numerusform>%n lead senza indirizzo e-mail saranno esclusi.</numerusform></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Set up the e-mail server in Settings → E-mail before sending.</source>
        <translation>Configura il server di posta in Impostazioni → E-mail prima di inviare.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Sent %1 of %2.</source>
        <translation>Inviate %1 su %2.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The message cannot be empty.</source>
        <translation>Il messaggio non può essere vuoto.</translation>
    </message>
    <message>
        <source>The message is {length} characters long; the limit is {limit}.</source>
        <translation>Il messaggio è lungo {length} caratteri; il limite è {limit}.</translation>
    </message>
    <message>
        <source>Messenger shows at most {limit} questions.</source>
        <translation>Messenger mostra al massimo {limit} domande.</translation>
    </message>
    <message>
        <source>A question has at most {limit} characters: “{question}”.</source>
        <translation>Una domanda ha al massimo {limit} caratteri: “{question}”.</translation>
    </message>
    <message>
        <source>“{part}” is not a period like 12:00–14:30.</source>
        <translation>“{part}” non è una fascia oraria come 12:00–14:30.</translation>
    </message>
    <message>
        <source>“{part}” is not a time of day.</source>
        <translation>“{part}” non è un orario.</translation>
    </message>
    <message>
        <source>“{part}” ends before it starts (periods cannot cross midnight).</source>
        <translation>“{part}” finisce prima di iniziare (le fasce non possono superare la mezzanotte).</translation>
    </message>
    <message>
        <source>{first} and {second} overlap.</source>
        <translation>{first} e {second} si sovrappongono.</translation>
    </message>
    <message>
        <source>Unknown response time choice {mode}.</source>
        <translation>Scelta del tempo di risposta sconosciuta: {mode}.</translation>
    </message>
    <message>
        <source>A team's server is backed up with pg_dump, which is not installed on this computer. Install PostgreSQL's client tools (Debian and Ubuntu: postgresql-client), or make a local copy with “sportello --db ADDRESS copy-to FILE.db”.</source>
        <translation>Il server di un team si salva con pg_dump, che non è installato su questo computer. Installa gli strumenti client di PostgreSQL (Debian e Ubuntu: postgresql-client), oppure fai una copia locale con “sportello --db INDIRIZZO copy-to FILE.db”.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server: {reason}</source>
        <translation>pg_dump non è riuscito a salvare il server: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} non è un file.</translation>
    </message>
    <message>
        <source>{name} is not a Sportello database.</source>
        <translation>{name} non è un database di Sportello.</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}).</source>
        <translation>{name} è danneggiato ({detail}).</translation>
    </message>
    <message>
        <source>{name} was written by a newer Sportello.</source>
        <translation>{name} è stato scritto da una versione più recente di Sportello.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>“{value}” non è un indirizzo e-mail valido.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” non è un numero di telefono.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number.</source>
        <translation>“{value}” non è un numero di telefono valido.</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Un'etichetta ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>A label name has at most {limit} characters.</source>
        <translation>Il nome di un'etichetta ha al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Una nota non può essere vuota.</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters.</source>
        <translation>Una nota ha al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>This person is no longer in Sportello.</source>
        <translation>Questa persona non è più in Sportello.</translation>
    </message>
    <message>
        <source>The Page access token has expired or was revoked. Connect the Page again in Settings → Channels.</source>
        <translation>Il token di accesso della Pagina è scaduto o è stato revocato. Collega di nuovo la Pagina in Impostazioni → Canali.</translation>
    </message>
    <message>
        <source>Messenger did not deliver it: the reply window has closed for this person.</source>
        <translation>Messenger non l'ha consegnato: la finestra di risposta per questa persona è chiusa.</translation>
    </message>
    <message>
        <source>Facebook asks us to slow down (rate limit); Sportello will try again shortly.</source>
        <translation>Facebook chiede di rallentare (limite di richieste); Sportello riproverà tra poco.</translation>
    </message>
    <message>
        <source>Facebook could not be reached ({detail}); Sportello will try again.</source>
        <translation>Facebook non è raggiungibile ({detail}); Sportello riproverà.</translation>
    </message>
    <message>
        <source>Facebook refused the request: {detail}</source>
        <translation>Facebook ha rifiutato la richiesta: {detail}</translation>
    </message>
    <message>
        <source>Sportello stopped while sending this event; it is not sent again, so that Meta never counts it twice.</source>
        <translation>Sportello si è fermato mentre inviava questo evento; non viene inviato di nuovo, così Meta non lo conta due volte.</translation>
    </message>
    <message>
        <source>The token could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>Impossibile salvare il token: su questo computer non c'è un portachiavi che Sportello possa usare ({detail}).</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Il file supera {limit} MB.</translation>
    </message>
    <message>
        <source>Not sent: Messenger no longer accepts the {tag} tag.</source>
        <translation>Non inviato: Messenger non accetta più il tag {tag}.</translation>
    </message>
    <message>
        <source>Not sent: an automatic reply may go only within 24 hours of the customer's message.</source>
        <translation>Non inviato: una risposta automatica può partire solo entro 24 ore dal messaggio del cliente.</translation>
    </message>
    <message>
        <source>the file is no longer on this computer.</source>
        <translation>il file non è più su questo computer.</translation>
    </message>
    <message>
        <source>A lead needs a name.</source>
        <translation>Un lead ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation>Quel lead non esiste più.</translation>
    </message>
    <message>
        <source>An audience needs a name.</source>
        <translation>Un pubblico ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>Give the SMTP server's name, e.g. smtp.example.com.</source>
        <translation>Indica il nome del server SMTP, per es. smtp.example.com.</translation>
    </message>
    <message>
        <source>The port is a number between 1 and 65535.</source>
        <translation>La porta è un numero tra 1 e 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL or none.</source>
        <translation>Scegli STARTTLS, SSL o nessuna.</translation>
    </message>
    <message>
        <source>Give the address the e-mails come from.</source>
        <translation>Indica l'indirizzo da cui partono le e-mail.</translation>
    </message>
    <message>
        <source>The password could not be stored: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>Impossibile salvare la password: su questo computer non c'è un portachiavi che Sportello possa usare ({detail}).</translation>
    </message>
    <message>
        <source>The password could not be read: this computer has no password store (keyring) that Sportello can use ({detail}).</source>
        <translation>Impossibile leggere la password: su questo computer non c'è un portachiavi che Sportello possa usare ({detail}).</translation>
    </message>
    <message>
        <source>Set up the e-mail server first in Settings → E-mail.</source>
        <translation>Prima configura il server di posta in Impostazioni → E-mail.</translation>
    </message>
    <message>
        <source>The e-mail needs a subject.</source>
        <translation>L'e-mail ha bisogno di un oggetto.</translation>
    </message>
    <message>
        <source>Cannot reach the e-mail server {host}:{port} ({detail}).</source>
        <translation>Impossibile raggiungere il server di posta {host}:{port} ({detail}).</translation>
    </message>
    <message>
        <source>The e-mail server refused the user name or password ({detail}).</source>
        <translation>Il server di posta ha rifiutato nome utente o password ({detail}).</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>Impossibile leggere {name}.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; Messenger takes files up to {limit} MB.</source>
        <translation>{name} pesa {size} MB; Messenger accetta file fino a {limit} MB.</translation>
    </message>
    <message>
        <source>Write something or attach a file first.</source>
        <translation>Prima scrivi qualcosa o allega un file.</translation>
    </message>
    <message>
        <source>A message holds at most {limit} characters.</source>
        <translation>Un messaggio contiene al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>A comment can get one private reply, and it has had it.</source>
        <translation>Un commento può ricevere una sola risposta privata, e l'ha già avuta.</translation>
    </message>
    <message>
        <source>You can only reply after the person has written to the Page.</source>
        <translation>Puoi rispondere solo dopo che la persona ha scritto alla Pagina.</translation>
    </message>
    <message>
        <source>The reply window has closed: Messenger allows replies up to 7 days after the customer's last message.</source>
        <translation>La finestra di risposta è chiusa: Messenger consente risposte fino a 7 giorni dall'ultimo messaggio del cliente.</translation>
    </message>
    <message>
        <source>Sportello stopped while sending this, so it may or may not have reached the person. Check in Messenger before sending it again.</source>
        <translation>Sportello si è fermato mentre lo inviava: potrebbe essere arrivato oppure no. Controlla in Messenger prima di inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>Only a message that failed can be sent again.</source>
        <translation>Si può reinviare solo un messaggio non riuscito.</translation>
    </message>
    <message>
        <source>The reply window has closed: this message can no longer be sent.</source>
        <translation>La finestra di risposta è chiusa: questo messaggio non può più essere inviato.</translation>
    </message>
    <message>
        <source>A follow-up needs a few words saying what to do.</source>
        <translation>Un promemoria ha bisogno di qualche parola su cosa fare.</translation>
    </message>
    <message>
        <source>That follow-up no longer exists.</source>
        <translation>Quel promemoria non esiste più.</translation>
    </message>
    <message>
        <source>A saved reply needs a title.</source>
        <translation>Una risposta salvata ha bisogno di un titolo.</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>Il titolo supera i {limit} caratteri.</translation>
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation>Una risposta salvata ha bisogno di un testo.</translation>
    </message>
    <message>
        <source>The text is longer than {limit} characters.</source>
        <translation>Il testo supera i {limit} caratteri.</translation>
    </message>
    <message>
        <source>A shortcut is one word: letters, digits, - or _.</source>
        <translation>Una scorciatoia è una parola sola: lettere, cifre, - o _.</translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is already used by “{title}”.</source>
        <translation>La scorciatoia /{shortcut} è già usata da “{title}”.</translation>
    </message>
    <message>
        <source>That saved reply no longer exists.</source>
        <translation>Quella risposta salvata non esiste più.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be read.</source>
        <translation>{name} non è un file leggibile.</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly (exit status {status}); nothing of it was written.</source>
        <translation>Il lavoro si è interrotto in modo imprevisto (codice di uscita {status}); non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Cannot tell which participant is the Page ({choices}); give it with --page NAME.</source>
        <translation>Non si capisce quale partecipante sia la Pagina ({choices}); indicala con --page NOME.</translation>
    </message>
    <message>
        <source>The business needs a name.</source>
        <translation>L'attività ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code such as IT or GB.</source>
        <translation>“{value}” non è un codice di paese come IT o GB.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR or GBP.</source>
        <translation>“{value}” non è un codice di valuta come EUR o GBP.</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone such as Europe/Rome.</source>
        <translation>“{value}” non è un fuso orario come Europe/Rome.</translation>
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation>Di' chi sei: il tuo nome.</translation>
    </message>
    <message>
        <source>A team member needs a first name.</source>
        <translation>Un membro del team ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>A name has at most {limit} characters.</source>
        <translation>Un nome ha al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <source>Hand the work to someone else.</source>
        <translation>Affida il lavoro a qualcun altro.</translation>
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation>Scegli almeno due contatti da unire.</translation>
    </message>
    <message>
        <source>There is no contact {ids}.</source>
        <translation>Non c'è nessun contatto {ids}.</translation>
    </message>
    <message>
        <source>Contact {id} is not among those merged.</source>
        <translation>Il contatto {id} non è tra quelli da unire.</translation>
    </message>
    <message>
        <source>The merge cannot be undone: contact {id} exists again.</source>
        <translation>L'unione non si può annullare: il contatto {id} esiste di nuovo.</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>Di’ perché il lead è stato perso.</translation>
    </message>
    <message>
        <source>A lead has from none to three stars.</source>
        <translation>Un lead ha da zero a tre stelle.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>«{value}» non è un importo.</translation>
    </message>
    <message>
        <source>A stage's limit is from 1 to 365 days.</source>
        <translation>Il limite di una fase va da 1 a 365 giorni.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address with the name.</source>
        <translation>Scrivi un telefono o un indirizzo e-mail con il nome.</translation>
    </message>
    <message>
        <source>The first contact's target is from 1 minute to 24 hours.</source>
        <translation>L'obiettivo del primo contatto va da 1 minuto a 24 ore.</translation>
    </message>
    <message>
        <source>A stage's name is at most 30 characters.</source>
        <translation>Il nome di una fase è lungo al massimo 30 caratteri.</translation>
    </message>
    <message>
        <source>Two stages cannot have the same name.</source>
        <translation>Due fasi non possono avere lo stesso nome.</translation>
    </message>
    <message>
        <source>An overdue follow-up cannot make another follow-up.</source>
        <translation>Un promemoria scaduto non può creare un altro promemoria.</translation>
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} days.</source>
        <translation>Il limite di una regola va da 1 a {limit} giorni.</translation>
    </message>
    <message>
        <source>A rule's limit is from 1 to {limit} hours.</source>
        <translation>Il limite di una regola va da 1 a {limit} ore.</translation>
    </message>
    <message>
        <source>Choose who the rule hands the work to.</source>
        <translation>Scegli a chi la regola passa il lavoro.</translation>
    </message>
    <message>
        <source>That rule no longer exists.</source>
        <translation>Quella regola non esiste più.</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Il server ha rifiutato nome utente o password.</translation>
    </message>
    <message>
        <source>The server has no database of that name.</source>
        <translation>Il server non ha un database con quel nome.</translation>
    </message>
    <message>
        <source>The server has no user of that name.</source>
        <translation>Il server non ha un utente con quel nome.</translation>
    </message>
    <message>
        <source>No computer answers to that server name.</source>
        <translation>Nessun computer risponde a quel nome di server.</translation>
    </message>
    <message>
        <source>The server does not answer at that address: is it running, and is the port right?</source>
        <translation>Il server non risponde a quell’indirizzo: è acceso, e la porta è giusta?</translation>
    </message>
    <message>
        <source>The server and Sportello could not agree on an encrypted connection (sslmode).</source>
        <translation>Il server e Sportello non sono riusciti ad accordarsi su una connessione cifrata (sslmode).</translation>
    </message>
    <message>
        <source>A server's address reads postgresql://USER@HOST:PORT/NAME.</source>
        <translation>L’indirizzo di un server si scrive postgresql://UTENTE@HOST:PORTA/NOME.</translation>
    </message>
    <message>
        <source>Write the server's name or address.</source>
        <translation>Scrivi il nome o l’indirizzo del server.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL's is 5432).</source>
        <translation>Una porta è un numero da 1 a 65535 (quella di PostgreSQL è 5432).</translation>
    </message>
    <message>
        <source>Write the database's name and the user's.</source>
        <translation>Scrivi il nome del database e quello dell’utente.</translation>
    </message>
    <message>
        <source>The password could not be kept: this computer has no password store (keyring). Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Non è stato possibile conservare la password: questo computer non ha un archivio delle password (keyring). Mettila invece in PGPASSWORD o in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Sportello needs PostgreSQL 13 or newer.</source>
        <translation>Sportello richiede PostgreSQL 13 o più recente.</translation>
    </message>
    <message>
        <source>The server lacks PostgreSQL's contrib extension unaccent: install it there (Debian: postgresql-contrib).</source>
        <translation>Al server manca l’estensione contrib unaccent di PostgreSQL: installala lì (Debian: postgresql-contrib).</translation>
    </message>
    <message>
        <source>The team's server cannot be reached, so this was not saved. Sportello reconnects by itself: try again in a moment.</source>
        <translation>Il server del team non è raggiungibile, quindi non è stato salvato. Sportello si riconnette da solo: riprova tra poco.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Customer first name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Customer last name</source>
        <translation>Cognome del cliente</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Il tuo cognome</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>Indirizzo del sito</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>your first name</source>
        <translation>tuo nome</translation>
    </message>
    <message>
        <source>your last name</source>
        <translation>tuo cognome</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sito</translation>
    </message>
</context>
<context>
    <name>GreetingPage</name>
    <message>
        <source>Greeting</source>
        <translation>Saluto</translation>
    </message>
    <message>
        <source>Shown to people who open a chat with the Page, before they write. Messenger shows it; comments and e-mail do not.</source>
        <translation>Mostrato a chi apre una chat con la Pagina, prima di scrivere. Messenger lo mostra; commenti ed e-mail no.</translation>
    </message>
    <message>
        <source>Show a greeting</source>
        <translation>Mostra un saluto</translation>
    </message>
    <message>
        <source>Questions to start with (ice breakers)</source>
        <translation>Domande per iniziare (rompighiaccio)</translation>
    </message>
    <message>
        <source>Up to four questions Messenger offers under the greeting; a tap sends the question as the person's first message.</source>
        <translation>Fino a quattro domande che Messenger propone sotto il saluto; un tocco invia la domanda come primo messaggio della persona.</translation>
    </message>
    <message>
        <source>e.g. Are you open today?</source>
        <translation>per es. Siete aperti oggi?</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Domanda %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Saved; setting it on the Page…</source>
        <translation>Salvato; lo imposto sulla Pagina…</translation>
    </message>
    <message>
        <source>Saved and set on the Page.</source>
        <translation>Salvato e impostato sulla Pagina.</translation>
    </message>
    <message>
        <source>Saved here, but the Page did not take it: %1</source>
        <translation>Salvato qui, ma la Pagina non l'ha accettato: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import leads from %1</source>
        <translation>Importa lead da %1</translation>
    </message>
    <message>
        <source>Check what each column holds. Columns Sportello does not know are kept as answers to the form's questions.</source>
        <translation>Controlla cosa contiene ogni colonna. Le colonne che Sportello non conosce restano come risposte alle domande del modulo.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>The stage column holds words that are not Sportello's stages. Choose what each one means:</source>
        <translation>La colonna della fase contiene parole che non sono fasi di Sportello. Scegli che cosa significa ciascuna:</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Nel file</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leggi come</translation>
    </message>
    <message>
        <source>Stages of the file</source>
        <translation>Fasi del file</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Righe che non si possono importare</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others</source>
        <translation>Importa le righe valide e salta le altre</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Controlla di nuovo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Questo file non si può importare: %1</translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation>Risposta a una domanda</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Salta questa colonna</translation>
    </message>
    <message>
        <source>Keep the lead's stage</source>
        <translation>Mantieni la fase del lead</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>Leggi “%1” come</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Verifica delle righe…</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; %3 have problems.</source>
        <translation>%1 righe su %2 si possono importare; %3 hanno problemi.</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>Tutte le %1 righe si possono importare.</translation>
    </message>
    <message>
        <source>Imported leads: %1 new, %2 merged, %3 skipped.</source>
        <translation>Lead importati: %1 nuovi, %2 uniti, %3 saltati.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) kept their stage (a stage the file names was not chosen).</source>
        <translation><numerusform>%n lead ha mantenuto la sua fase (non è stata scelta una fase indicata dal file).</numerusform><numerusform>%n lead hanno mantenuto la loro fase (non è stata scelta una fase indicata dal file).</numerusform></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>L'importazione non è riuscita e non è stato importato nulla: %1</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Flag</source>
        <translation>Contrassegna</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Togli il contrassegno</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Segna come da leggere</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Segna come letta</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Segna come fatta</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Move to Inbox</source>
        <translation>Sposta in Posta in arrivo</translation>
    </message>
    <message>
        <source>Move to Spam</source>
        <translation>Sposta in Spam</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Sblocca</translation>
    </message>
    <message numerus="yes">
        <source>Flagged %n conversation(s).</source>
        <translation><numerusform>%n conversazione contrassegnata.</numerusform><numerusform>%n conversazioni contrassegnate.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed the flag from %n conversation(s).</source>
        <translation><numerusform>Tolto il contrassegno da %n conversazione.</numerusform><numerusform>Tolto il contrassegno da %n conversazioni.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) unread.</source>
        <translation><numerusform>%n conversazione segnata da leggere.</numerusform><numerusform>%n conversazioni segnate da leggere.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) read.</source>
        <translation><numerusform>%n conversazione segnata come letta.</numerusform><numerusform>%n conversazioni segnate come lette.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Done.</source>
        <translation><numerusform>%n conversazione spostata in Fatte.</numerusform><numerusform>%n conversazioni spostate in Fatte.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n conversation(s).</source>
        <translation><numerusform>%n conversazione archiviata.</numerusform><numerusform>%n conversazioni archiviate.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the Inbox.</source>
        <translation><numerusform>%n conversazione spostata in Posta in arrivo.</numerusform><numerusform>%n conversazioni spostate in Posta in arrivo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to Spam.</source>
        <translation><numerusform>%n conversazione spostata in Spam.</numerusform><numerusform>%n conversazioni spostate in Spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Blocked: new messages from %n person(s) go to Spam.</source>
        <translation><numerusform>Bloccata: i nuovi messaggi di %n persona andranno in Spam.</numerusform><numerusform>Bloccate: i nuovi messaggi di %n persone andranno in Spam.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unblocked %n person(s).</source>
        <translation><numerusform>%n persona sbloccata.</numerusform><numerusform>%n persone sbloccate.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <translation><numerusform>%n conversazione assegnata a %1.</numerusform><numerusform>%n conversazioni assegnate a %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) unassigned.</source>
        <translation><numerusform>%n conversazione senza assegnatario.</numerusform><numerusform>%n conversazioni senza assegnatario.</numerusform></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Da leggere</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Contrassegnate</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mie</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnati</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>In attesa di risposta</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Etichetta: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>Nothing in this folder matches “%1”.</source>
        <translation>In questa cartella niente corrisponde a “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) found</source>
        <translation><numerusform>%n conversazione trovata</numerusform><numerusform>%n conversazioni trovate</numerusform></translation>
    </message>
    <message>
        <source>Filter conversations</source>
        <translation>Filtra le conversazioni</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Cartelle</translation>
    </message>
    <message>
        <source>Search names and messages (Ctrl+F)</source>
        <translation>Cerca nomi e messaggi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Cerca nelle conversazioni</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Niente qui</translation>
    </message>
    <message>
        <source>Conversations in this folder will appear here.</source>
        <translation>Le conversazioni di questa cartella appariranno qui.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Flag, mark unread, done, archive, spam, block, assign</source>
        <translation>Contrassegna, da leggere, fatta, archivia, spam, blocca, assegna</translation>
    </message>
    <message>
        <source>Sender info</source>
        <translation>Info mittente</translation>
    </message>
    <message>
        <source>Show or hide sender info (Ctrl+Shift+I)</source>
        <translation>Mostra o nascondi le info del mittente (Ctrl+Maiusc+I)</translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>Nessuna conversazione aperta</translation>
    </message>
    <message>
        <source>Choose a conversation on the left to read it.</source>
        <translation>Scegli una conversazione a sinistra per leggerla.</translation>
    </message>
    <message>
        <source>Who wrote, with their labels, notes and case, shows here.</source>
        <translation>Chi ha scritto, con etichette, note e caso, compare qui.</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Comment on a post</source>
        <translation>Commento a un post</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n messaggio</numerusform><numerusform>%n messaggi</numerusform></translation>
    </message>
    <message>
        <source>This conversation started as a comment on your Page's post. You can answer it with one private reply in Messenger, within 7 days of the comment.</source>
        <translation>Questa conversazione è nata da un commento a un post della Pagina. Puoi rispondere con una sola risposta privata su Messenger, entro 7 giorni dal commento.</translation>
    </message>
    <message>
        <source>On your post: “%1”</source>
        <translation>Sul tuo post: «%1»</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copia il testo</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Riprova a inviare</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>Vedi a grandezza reale</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salva l'allegato</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Statistiche</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n giorno</numerusform><numerusform>%n giorni</numerusform></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>Response rate (rolling, end of each day)</source>
        <translation>Tasso di risposta (a fine giornata, periodo mobile)</translation>
    </message>
    <message>
        <source>Response time in minutes (rolling, end of each day)</source>
        <translation>Tempo di risposta in minuti (a fine giornata, periodo mobile)</translation>
    </message>
    <message>
        <source>Requests per day: answered and not</source>
        <translation>Richieste al giorno: con e senza risposta</translation>
    </message>
    <message>
        <source>When customers write (weekday × hour)</source>
        <translation>Quando scrivono i clienti (giorno × ora)</translation>
    </message>
    <message>
        <source>Answered requests per team member</source>
        <translation>Richieste risposte per membro del team</translation>
    </message>
    <message>
        <source>Leads funnel</source>
        <translation>Imbuto dei lead</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Al %1</translation>
    </message>
    <message>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>%1: %2 response rate</source>
        <translation>%1: tasso di risposta %2</translation>
    </message>
    <message>
        <source>Why leads are lost (click a bar for its leads)</source>
        <translation>Perché i lead si perdono (clic su una barra per i suoi lead)</translation>
    </message>
    <message>
        <source>Won value per month (click a bar for its leads)</source>
        <translation>Valore vinto al mese (clic su una barra per i suoi lead)</translation>
    </message>
    <message>
        <source>Export the leads report (CSV)…</source>
        <translation>Esporta il rapporto dei lead (CSV)…</translation>
    </message>
    <message>
        <source>One row per lead: the dates of its stages, its value, lost and why, and how long its first answer took</source>
        <translation>Una riga per lead: le date delle fasi, il valore, se perso e perché, e quanto ha atteso la prima risposta</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Impossibile calcolare le statistiche: %1</translation>
    </message>
    <message>
        <source>%1: %2 response time</source>
        <translation>%1: tempo di risposta %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>con risposta</translation>
    </message>
    <message>
        <source>%1: %2 request(s), %3 answered — click to list them</source>
        <translation>%1: %2 richieste, %3 con risposta — fai clic per vederle</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%2:59: %n message(s)</source>
        <translation><numerusform>%1 %2:00–%2:59: %n messaggio</numerusform><numerusform>%1 %2:00–%2:59: %n messaggi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answered, median %2</source>
        <translation><numerusform>%1: %n con risposta, mediana %2</numerusform><numerusform>%1: %n con risposta, mediana %2</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 now, %3 reached it</source>
        <translation>%1: %2 ora, %3 ci sono arrivati</translation>
    </message>
    <message>
        <source>%1 from the previous stage</source>
        <translation>%1 dalla fase precedente</translation>
    </message>
    <message>
        <source>median %1 days in it</source>
        <translation>in media (mediana) %1 giorni</translation>
    </message>
    <message>
        <source>No lead marked lost yet.</source>
        <translation>Ancora nessun lead segnato come perso.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s)</source>
        <translation><numerusform>%1: %n lead</numerusform><numerusform>%1: %n lead</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 won from %n lead(s)</source>
        <translation><numerusform>%1: %2 vinti da %n lead</numerusform><numerusform>%1: %2 vinti da %n lead</numerusform></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Won per owner: %1</source>
        <translation>Vinto per responsabile: %1</translation>
    </message>
    <message>
        <source>No lead won yet.</source>
        <translation>Ancora nessun lead vinto.</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Perso: %1</translation>
    </message>
    <message>
        <source>Won in %1</source>
        <translation>Vinti a %1</translation>
    </message>
    <message>
        <source>Export the leads report</source>
        <translation>Esporta il rapporto dei lead</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Leads report: %n lead(s) written.</source>
        <translation><numerusform>Rapporto dei lead: %n lead scritto.</numerusform><numerusform>Rapporto dei lead: %n lead scritti.</numerusform></translation>
    </message>
    <message>
        <source>Leads report</source>
        <translation>Rapporto dei lead</translation>
    </message>
    <message>
        <source>Requests on %1</source>
        <translation>Richieste del %1</translation>
    </message>
</context>
<context>
    <name>InstantReplyPage</name>
    <message>
        <source>Instant reply</source>
        <translation>Risposta immediata</translation>
    </message>
    <message>
        <source>Sent automatically to a person's first message ever to the Page — never again, even months later — and not while the Page is Away (the away message goes instead).</source>
        <translation>Inviata automaticamente al primo messaggio in assoluto di una persona alla Pagina — mai più, nemmeno mesi dopo — e non mentre la Pagina è Assente (parte invece il messaggio di assenza).</translation>
    </message>
    <message>
        <source>Send an instant reply</source>
        <translation>Invia una risposta immediata</translation>
    </message>
</context>
<context>
    <name>JumpDialog</name>
    <message>
        <source>Go to…</source>
        <translation>Vai a…</translation>
    </message>
    <message>
        <source>Type a name, an e-mail or a word of a message</source>
        <translation>Scrivi un nome, un'e-mail o una parola di un messaggio</translation>
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation>Vai a una conversazione o a un lead</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of Sportello's windows, dates and numbers. It applies the next time Sportello starts.</source>
        <translation>La lingua di finestre, date e numeri di Sportello. Vale dal prossimo avvio di Sportello.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>Restart Sportello to see it in the new language.</source>
        <translation>Riavvia Sportello per vederlo nella nuova lingua.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Sportello cannot use the team's server at %1.</source>
        <translation>Sportello non riesce a usare il server del team a %1.</translation>
    </message>
    <message>
        <source>Open this computer's own file</source>
        <translation>Apri il file di questo computer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
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
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creato da</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Answers to the form</source>
        <translation>Risposte al modulo</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Add a label…</source>
        <translation>Aggiungi un'etichetta…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Rimuovi selezionata</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Aggiungi promemoria…</translation>
    </message>
    <message>
        <source>Mark selected done</source>
        <translation>Segna come fatto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Scrivi una nota…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Undo what the time rules did</source>
        <translation>Annulla ciò che hanno fatto le regole di tempo</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Apri la conversazione</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>Questo lead non esiste più.</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Storia delle fasi</translation>
    </message>
    <message>
        <source>What the time rules did</source>
        <translation>Cosa hanno fatto le regole di tempo</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>Form</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Inserzione</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organico</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Inserito a mano</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsabile %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nessun responsabile</translation>
    </message>
    <message>
        <source>labels %1</source>
        <translation>etichette %1</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation><numerusform>%n stella</numerusform><numerusform>%n stelle</numerusform></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>valore %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>perso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation><numerusform>%n giorno nella fase</numerusform><numerusform>%n giorni nella fase</numerusform></translation>
    </message>
    <message>
        <source>over this stage's limit</source>
        <translation>oltre il limite della fase</translation>
    </message>
    <message>
        <source>follow-up overdue since %1</source>
        <translation>promemoria scaduto dal %1</translation>
    </message>
    <message>
        <source>next follow-up %1</source>
        <translation>prossimo promemoria %1</translation>
    </message>
    <message>
        <source>%1 to contact</source>
        <translation>%1 per contattarlo</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>in ritardo di %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Perso: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessato</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertito</translation>
    </message>
    <message>
        <source>New, raw leads</source>
        <translation>Nuovi, da qualificare</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificati</translation>
    </message>
    <message>
        <source>In conversation</source>
        <translation>In trattativa</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Nuovo lead…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>All leads as CSV…</source>
        <translation>Tutti i lead in CSV…</translation>
    </message>
    <message>
        <source>Selected leads as vCards…</source>
        <translation>Lead selezionati come vCard…</translation>
    </message>
    <message>
        <source>These leads as a Meta customer list…</source>
        <translation>Questi lead come elenco clienti Meta…</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Pubblici</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <source>New leads waiting for their first contact</source>
        <translation>Nuovi lead in attesa del primo contatto</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone</source>
        <translation>Cerca nome, e-mail, telefono</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Cerca lead</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Qualsiasi fase</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creati dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualsiasi data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creato da</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Persi</translation>
    </message>
    <message>
        <source>Show the lost leads</source>
        <translation>Mostra i lead persi</translation>
    </message>
    <message>
        <source>Show the leads marked lost, with why (Restore puts them back)</source>
        <translation>Mostra i lead segnati come persi, con il motivo (Ripristina li rimette in bacheca)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>+ Name and phone or e-mail, Enter</source>
        <translation>+ Nome e telefono o e-mail, Invio</translation>
    </message>
    <message>
        <source>Quick add a lead to %1</source>
        <translation>Aggiungi al volo un lead a %1</translation>
    </message>
    <message>
        <source>A new lead in this stage: a name and a phone or e-mail, then Enter (the details dialog has the rest)</source>
        <translation>Un nuovo lead in questa fase: un nome e un telefono o un'e-mail, poi Invio (il resto nella scheda del lead)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Qualsiasi responsabile</translation>
    </message>
    <message>
        <source>Any creator</source>
        <translation>Qualsiasi autore</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
    <message numerus="yes">
        <source>%n new lead(s) waiting</source>
        <translation><numerusform>%n nuovo lead in attesa</numerusform><numerusform>%n nuovi lead in attesa</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit</source>
        <translation><numerusform>%n oltre il limite</numerusform><numerusform>%n oltre il limite</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n lead(s) to %1.</source>
        <translation><numerusform>%n lead spostato in %1.</numerusform><numerusform>%n lead spostati in %1.</numerusform></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>Aggiunto %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>Took the stars from %n lead(s).</source>
        <translation><numerusform>Tolte le stelle a %n lead.</numerusform><numerusform>Tolte le stelle a %n lead.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Gave %n lead(s) %1.</source>
        <translation><numerusform>Dato %1 a %n lead.</numerusform><numerusform>Dato %1 a %n lead.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n lead(s) lost: %1.</source>
        <translation><numerusform>%n lead segnato come perso: %1.</numerusform><numerusform>%n lead segnati come persi: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put %n lead(s) back on the board.</source>
        <translation><numerusform>%n lead rimesso in bacheca.</numerusform><numerusform>%n lead rimessi in bacheca.</numerusform></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Segna come perso</translation>
    </message>
    <message numerus="yes">
        <source>Why was it lost? (%n lead(s))</source>
        <translation><numerusform>Perché è stato perso? (%n lead)</numerusform><numerusform>Perché sono stati persi? (%n lead)</numerusform></translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Troppo caro</translation>
    </message>
    <message>
        <source>Went elsewhere</source>
        <translation>Ha scelto un altro</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Non interessato</translation>
    </message>
    <message>
        <source>Date not available</source>
        <translation>Data non disponibile</translation>
    </message>
    <message>
        <source>Value set.</source>
        <translation>Valore impostato.</translation>
    </message>
    <message>
        <source>Value removed.</source>
        <translation>Valore tolto.</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valore atteso</translation>
    </message>
    <message>
        <source>What is this lead worth, in %1? (empty: no value)</source>
        <translation>Quanto vale questo lead, in %1? (vuoto: nessun valore)</translation>
    </message>
    <message>
        <source>the business's currency</source>
        <translation>la valuta dell’attività</translation>
    </message>
    <message>
        <source>%1 has no conversation yet.</source>
        <translation>%1 non ha ancora conversazioni.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>Nessuna stella</translation>
    </message>
    <message>
        <source>Expected value…</source>
        <translation>Valore atteso…</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Apri la conversazione</translation>
    </message>
    <message>
        <source>Restore to the board</source>
        <translation>Rimetti in bacheca</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>Segna come perso…</translation>
    </message>
    <message numerus="yes">
        <source>Changed the owner of %n lead(s).</source>
        <translation><numerusform>Cambiato il responsabile di %n lead.</numerusform><numerusform>Cambiato il responsabile di %n lead.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n lead(s).</source>
        <translation><numerusform>Etichettato %n lead.</numerusform><numerusform>Etichettati %n lead.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed a label from %n lead(s).</source>
        <translation><numerusform>Tolta un'etichetta da %n lead.</numerusform><numerusform>Tolta un'etichetta da %n lead.</numerusform></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Sposta nella fase</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>Imposta il responsabile</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Aggiungi etichetta</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Togli etichetta</translation>
    </message>
    <message>
        <source>E-mail these leads…</source>
        <translation>Manda un'e-mail a questi lead…</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importa lead</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>File di lead (*.csv *.tsv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s).</source>
        <translation><numerusform>Esportato %n lead.</numerusform><numerusform>Esportati %n lead.</numerusform></translation>
    </message>
    <message>
        <source>Save these filters as an audience…</source>
        <translation>Salva questi filtri come pubblico…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation><numerusform>%1 (%n)</numerusform><numerusform>%1 (%n)</numerusform></translation>
    </message>
    <message>
        <source>Save audience</source>
        <translation>Salva il pubblico</translation>
    </message>
    <message>
        <source>Name of the audience</source>
        <translation>Nome del pubblico</translation>
    </message>
    <message>
        <source>Audience “%1” saved.</source>
        <translation>Pubblico “%1” salvato.</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) so far</source>
        <translation><numerusform>%n riga finora</numerusform><numerusform>%n righe finora</numerusform></translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The server your business sends e-mail through. The password is kept in this computer's password store (keyring), never in Sportello's database.</source>
        <translation>Il server con cui la tua attività invia le e-mail. La password resta nel portachiavi di questo computer, mai nel database di Sportello.</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Nessuna (non cifrata)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nome del mittente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>The team's server does not answer: this cannot be shown until it is back.</source>
        <translation>Il server del team non risponde: non si può mostrare finché non torna.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation><numerusform>%1, %n da leggere</numerusform><numerusform>%1, %n da leggere</numerusform></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Import a &amp;Messenger export…</source>
        <translation>Importa un'esportazione di &amp;Messenger…</translation>
    </message>
    <message>
        <source>Export follow-ups to a &amp;calendar (.ics)…</source>
        <translation>Esporta i promemoria in un &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fai un &amp;backup ora…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Find &amp;duplicate contacts…</source>
        <translation>Trova contatti &amp;doppi…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Vai a…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;Informazioni su Sportello</translation>
    </message>
    <message>
        <source>Messenger export (.zip)</source>
        <translation>Esportazione di Messenger (.zip)</translation>
    </message>
    <message>
        <source>Facebook export (*.zip)</source>
        <translation>Esportazione di Facebook (*.zip)</translation>
    </message>
    <message>
        <source>Or the unpacked export folder</source>
        <translation>Oppure la cartella dell'esportazione estratta</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>dimensione sconosciuta</translation>
    </message>
    <message>
        <source>Sportello %1 — a contact center for small businesses.</source>
        <translation>Sportello %1 — un contact center per piccole attività.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Dimensione: %1</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2, SQLite %3</source>
        <translation>Qt %1, PySide %2, SQLite %3</translation>
    </message>
    <message>
        <source>About Sportello</source>
        <translation>Informazioni su Sportello</translation>
    </message>
    <message>
        <source>Working as</source>
        <translation>Al lavoro come</translation>
    </message>
    <message>
        <source>Current team member</source>
        <translation>Membro del team attuale</translation>
    </message>
    <message>
        <source>The team's server does not answer: reconnecting… Nothing can be saved until it is back; what you are writing stays.</source>
        <translation>Il server del team non risponde: riconnessione in corso… Non si può salvare nulla finché non torna; ciò che stai scrivendo resta.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collega</translation>
    </message>
    <message>
        <source>Also working: %1</source>
        <translation>Al lavoro anche: %1</translation>
    </message>
    <message>
        <source>Working now at other computers on the team's server:</source>
        <translation>Al lavoro ora su altri computer del server del team:</translation>
    </message>
    <message>
        <source>Connected to the team's server again.</source>
        <translation>Di nuovo connesso al server del team.</translation>
    </message>
    <message>
        <source>No team yet</source>
        <translation>Ancora nessun team</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Away until %1</source>
        <translation>Assente fino a %1</translation>
    </message>
    <message>
        <source>Click to turn Away off</source>
        <translation>Fai clic per togliere Assente</translation>
    </message>
    <message>
        <source>Away outside business hours; click to be Away by hand for 12 hours</source>
        <translation>Assente fuori orario; fai clic per essere Assente a mano per 12 ore</translation>
    </message>
    <message>
        <source>You are Away: people who write get your away message.</source>
        <translation>Sei Assente: chi scrive riceve il tuo messaggio di assenza.</translation>
    </message>
    <message>
        <source>Outside business hours: people who write get your away message.</source>
        <translation>Fuori orario: chi scrive riceve il tuo messaggio di assenza.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Click to set Away for 12 hours</source>
        <translation>Fai clic per essere Assente per 12 ore</translation>
    </message>
    <message>
        <source>Page status: %1</source>
        <translation>Stato della Pagina: %1</translation>
    </message>
</context>
<context>
    <name>MessengerImport</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation>Importa un'esportazione di Messenger</translation>
    </message>
    <message>
        <source>Which of these is your Page?</source>
        <translation>Quale di questi è la tua Pagina?</translation>
    </message>
    <message>
        <source>Nothing was imported: the Page was not chosen.</source>
        <translation>Non è stato importato nulla: la Pagina non è stata scelta.</translation>
    </message>
    <message>
        <source>Imported %1 conversations, %2 new messages.</source>
        <translation>Importate %1 conversazioni, %2 nuovi messaggi.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n promemoria</numerusform><numerusform>%n promemoria</numerusform></translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assegnato</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>e un altro</numerusform><numerusform>e altri %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n altro</numerusform><numerusform>+%n altri</numerusform></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nuovo lead</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
</context>
<context>
    <name>NoticesWindow</name>
    <message>
        <source>Time rules</source>
        <translation>Regole di tempo</translation>
    </message>
    <message>
        <source>What the time rules ask you to look at</source>
        <translation>Cosa le regole di tempo ti chiedono di guardare</translation>
    </message>
    <message>
        <source>Enter or a double click opens it.</source>
        <translation>Invio o un doppio clic lo apre.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Qualcuno</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) from the time rules</source>
        <translation><numerusform>%n avviso dalle regole di tempo</numerusform><numerusform>%n avvisi dalle regole di tempo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: Settings → Time rules lists them all.</source>
        <translation><numerusform>…e %n altro: Impostazioni → Regole di tempo li elenca tutti.</numerusform><numerusform>…e altri %n: Impostazioni → Regole di tempo li elenca tutti.</numerusform></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>A card waiting in a stage longer than its limit is marked ⏳ on the board, and its column counts them. Converted is won: it has no limit.</source>
        <translation>Una scheda ferma in una fase oltre il suo limite è segnata ⏳ in bacheca, e la colonna le conta. Convertito è vinto: non ha limite.</translation>
    </message>
    <message>
        <source>How long a card may wait in each stage</source>
        <translation>Quanto può restare una scheda in ogni fase</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Day limit of %1</source>
        <translation>Limite in giorni di %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>First contact of a new lead from a form, within</source>
        <translation>Primo contatto di un nuovo lead da modulo, entro</translation>
    </message>
    <message>
        <source>First contact of a new lead within</source>
        <translation>Primo contatto di un nuovo lead entro</translation>
    </message>
    <message>
        <source>A new lead from a form counts down to its first contact on its card and in “new leads waiting”; a lead that comes in while you are closed counts from the next opening.</source>
        <translation>Un nuovo lead da modulo conta il tempo al primo contatto sulla sua scheda e in «nuovi lead in attesa»; uno che arriva mentre siete chiusi conta dalla prossima apertura.</translation>
    </message>
    <message>
        <source>The stages' names</source>
        <translation>I nomi delle fasi</translation>
    </message>
    <message>
        <source>Call the stages as your business does. Their meaning, and what Meta is told, stay the same.</source>
        <translation>Chiama le fasi come le chiama la tua attività. Il loro significato, e ciò che si dice a Meta, restano gli stessi.</translation>
    </message>
    <message>
        <source>Name shown for %1</source>
        <translation>Nome mostrato per %1</translation>
    </message>
    <message>
        <source>Reasons a lead is lost (one a line)</source>
        <translation>Motivi per cui un lead è perso (uno per riga)</translation>
    </message>
    <message>
        <source>Reasons a lead is lost, one a line</source>
        <translation>Motivi per cui un lead è perso, uno per riga</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 sta rispondendo…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 stanno rispondendo…</translation>
    </message>
    <message>
        <source>%1 is viewing this conversation.</source>
        <translation>%1 sta guardando questa conversazione.</translation>
    </message>
    <message>
        <source>%1 are viewing this conversation.</source>
        <translation>%1 stanno guardando questa conversazione.</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Nuovo promemoria</translation>
    </message>
    <message>
        <source>e.g. Call back about the catering quote</source>
        <translation>per es. Richiamare per il preventivo del catering</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Nobody (everyone sees it)</source>
        <translation>Nessuno (lo vedono tutti)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Non si ripete</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ripeti</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>5 minutes</source>
        <translation>5 minuti</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minuti</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minuti</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 ore</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Domani alle 9:00</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Snooze all</source>
        <translation>Posticipa tutti</translation>
    </message>
    <message>
        <source>Done all</source>
        <translation>Tutti fatti</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more. Snooze all and Done all act on every one of them.</source>
        <translation><numerusform>…e ancora %n. Posticipa tutti e Tutti fatti valgono per ognuno.</numerusform><numerusform>…e altri %n. Posticipa tutti e Tutti fatti valgono per ognuno.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n promemoria da fare</numerusform><numerusform>%n promemoria da fare</numerusform></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 fa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
</context>
<context>
    <name>ReplyList</name>
    <message>
        <source>Saved replies</source>
        <translation>Risposte salvate</translation>
    </message>
</context>
<context>
    <name>ResponseTimePage</name>
    <message>
        <source>Response time</source>
        <translation>Tempo di risposta</translation>
    </message>
    <message>
        <source>What the Page shows people about how fast you reply.</source>
        <translation>Cosa mostra la Pagina sulla velocità con cui rispondi.</translation>
    </message>
    <message>
        <source>Automatically show average response time (recommended)</source>
        <translation>Mostra automaticamente il tempo medio di risposta (consigliato)</translation>
    </message>
    <message>
        <source>Typically replies within minutes</source>
        <translation>Di solito risponde in pochi minuti</translation>
    </message>
    <message>
        <source>Typically replies within an hour</source>
        <translation>Di solito risponde entro un'ora</translation>
    </message>
    <message>
        <source>Typically replies within a few hours</source>
        <translation>Di solito risponde entro qualche ora</translation>
    </message>
    <message>
        <source>Typically replies within a day</source>
        <translation>Di solito risponde entro un giorno</translation>
    </message>
    <message>
        <source>The automatic line is shown while the Page replies to at least 90% of messages and the inbox is used at least once a week; otherwise nothing is shown.</source>
        <translation>La riga automatica appare finché la Pagina risponde ad almeno il 90% dei messaggi e la posta viene usata almeno una volta a settimana; altrimenti non appare nulla.</translation>
    </message>
</context>
<context>
    <name>RuleRunner</name>
    <message>
        <source>The time rules could not run: %1</source>
        <translation>Le regole di tempo non sono partite: %1</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Regole di tempo</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A lead stays in %1 without contact</source>
        <translation>Un lead resta in %1 senza contatto</translation>
    </message>
    <message>
        <source>A conversation waits for a reply</source>
        <translation>Una conversazione attende risposta</translation>
    </message>
    <message>
        <source>A follow-up is overdue</source>
        <translation>Un promemoria è scaduto</translation>
    </message>
    <message>
        <source>Make a follow-up for its owner</source>
        <translation>Crea un promemoria per il responsabile</translation>
    </message>
    <message>
        <source>Hand it to…</source>
        <translation>Passalo a…</translation>
    </message>
    <message>
        <source>Flag it (a lead gets three stars)</source>
        <translation>Contrassegnalo (un lead riceve tre stelle)</translation>
    </message>
    <message>
        <source>Notify its owner</source>
        <translation>Avvisa il responsabile</translation>
    </message>
    <message numerus="yes">
        <source>In %1 for %n hour(s) without contact</source>
        <translation><numerusform>In %1 da %n ora senza contatto</numerusform><numerusform>In %1 da %n ore senza contatto</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for a reply for %n hour(s)</source>
        <translation><numerusform>In attesa di risposta da %n ora</numerusform><numerusform>In attesa di risposta da %n ore</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A follow-up overdue by %n day(s)</source>
        <translation><numerusform>Un promemoria scaduto da %n giorno</numerusform><numerusform>Un promemoria scaduto da %n giorni</numerusform></translation>
    </message>
    <message>
        <source>follow-up made</source>
        <translation>promemoria creato</translation>
    </message>
    <message>
        <source>handed to %1</source>
        <translation>passato a %1</translation>
    </message>
    <message>
        <source>someone who has left</source>
        <translation>qualcuno che se n’è andato</translation>
    </message>
    <message>
        <source>three stars</source>
        <translation>tre stelle</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>contrassegnata</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>avvisato</translation>
    </message>
    <message>
        <source>Hand it to %1</source>
        <translation>Passalo a %1</translation>
    </message>
    <message>
        <source>Give it three stars</source>
        <translation>Dagli tre stelle</translation>
    </message>
    <message>
        <source>Flag it</source>
        <translation>Contrassegnalo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>spenta</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Contact this new lead: nobody has yet</source>
        <translation>Contatta questo nuovo lead: nessuno l’ha ancora fatto</translation>
    </message>
    <message>
        <source>Answer this conversation: the customer is waiting</source>
        <translation>Rispondi a questa conversazione: il cliente aspetta</translation>
    </message>
    <message numerus="yes">
        <source>The time rules acted %n time(s).</source>
        <translation><numerusform>Le regole di tempo sono intervenute %n volta.</numerusform><numerusform>Le regole di tempo sono intervenute %n volte.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n action(s) of the time rules.</source>
        <translation><numerusform>Annullata %n azione delle regole di tempo.</numerusform><numerusform>Annullate %n azioni delle regole di tempo.</numerusform></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Time rules</source>
        <translation>Regole di tempo</translation>
    </message>
    <message>
        <source>What the app does by itself when something has waited too long. The rules run every minute while Sportello is open, and after each “sportello sync”. Each acts once per wait; what it did is kept on the lead or the conversation, and can be undone below.</source>
        <translation>Cosa fa l’app da sola quando qualcosa aspetta troppo. Le regole girano ogni minuto mentre Sportello è aperto, e dopo ogni «sportello sync». Ognuna interviene una volta per attesa; ciò che ha fatto resta sul lead o sulla conversazione, e si può annullare qui sotto.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>No rules yet: choose what should happen below, then Add the rule.</source>
        <translation>Ancora nessuna regola: scegli qui sotto cosa deve succedere, poi Aggiungi la regola.</translation>
    </message>
    <message>
        <source>The rule is on</source>
        <translation>La regola è attiva</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>For more than</source>
        <translation>Per più di</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Allora</translation>
    </message>
    <message>
        <source>Hand it to</source>
        <translation>Passalo a</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Also act on what is past the limit now</source>
        <translation>Intervieni anche su ciò che ha già superato il limite</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nuova regola</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Aggiungi la regola</translation>
    </message>
    <message>
        <source>What the rules did</source>
        <translation>Cosa hanno fatto le regole</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Ancora niente.</translation>
    </message>
    <message>
        <source>Enter opens the lead or the conversation.</source>
        <translation>Invio apre il lead o la conversazione.</translation>
    </message>
    <message>
        <source>Undo what they did</source>
        <translation>Annulla ciò che hanno fatto</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Qualcuno</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>A word for the notice (optional)</source>
        <translation>Una parola per l’avviso (facoltativa)</translation>
    </message>
    <message numerus="yes">
        <source>Also act on the %n past the limit now</source>
        <translation><numerusform>Intervieni anche su quello che ha già superato il limite (%n)</numerusform><numerusform>Intervieni anche sui %n che hanno già superato il limite</numerusform></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation>Regola salvata.</translation>
    </message>
    <message>
        <source>Rule removed. What it did stays below.</source>
        <translation>Regola rimossa. Ciò che ha fatto resta qui sotto.</translation>
    </message>
</context>
<context>
    <name>SavedRepliesPage</name>
    <message>
        <source>Saved replies</source>
        <translation>Risposte salvate</translation>
    </message>
    <message>
        <source>Answers you send often. Insert one in the composer from the picker or by typing / and its shortcut; fields like the customer's first name are filled in.</source>
        <translation>Risposte che mandi spesso. Inseriscile nel campo di risposta dall'elenco o digitando / e la scorciatoia; i campi come il nome del cliente vengono compilati.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Shortcut (type / and this in the composer)</source>
        <translation>Scorciatoia (digita / e questa nel campo di risposta)</translation>
    </message>
    <message>
        <source>e.g. hours</source>
        <translation>per es. orari</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Allega un file…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Rimuovi l'allegato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>No saved replies yet. Press New to write the first one.</source>
        <translation>Ancora nessuna risposta salvata. Premi Nuova per scrivere la prima.</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nuova risposta</translation>
    </message>
    <message>
        <source>Hi {first_name}, </source>
        <translation>Ciao {first_name}, </translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Eliminata “%1”.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Allega un file</translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>Inserisci una risposta salvata</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Cerca nelle risposte salvate</translation>
    </message>
    <message>
        <source>No saved reply matches. Create them in Settings → Saved replies.</source>
        <translation>Nessuna risposta salvata corrisponde. Creale in Impostazioni → Risposte salvate.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Business</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>Regole di tempo</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Risposte salvate</translation>
    </message>
    <message>
        <source>Instant reply</source>
        <translation>Risposta immediata</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saluto</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tempo di risposta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Inbox, Leads, Calendar, Insights, Settings</source>
        <translation>Posta in arrivo, Lead, Calendario, Statistiche, Impostazioni</translation>
    </message>
    <message>
        <source>Go to a conversation or a lead</source>
        <translation>Vai a una conversazione o a un lead</translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation>Questo riepilogo</translation>
    </message>
    <message>
        <source>Undo the last action (while its notice shows)</source>
        <translation>Annulla l'ultima azione (finché ne vedi l'avviso)</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Cerca nella posta</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Invia la risposta</translation>
    </message>
    <message>
        <source>New line in the reply</source>
        <translation>A capo nella risposta</translation>
    </message>
    <message>
        <source>Saved reply by its shortcut</source>
        <translation>Risposta salvata dalla sua scorciatoia</translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Inserisci una risposta salvata</translation>
    </message>
    <message>
        <source>Insert a suggested reply</source>
        <translation>Inserisci una risposta suggerita</translation>
    </message>
    <message>
        <source>Flag or unflag</source>
        <translation>Contrassegna o togli il contrassegno</translation>
    </message>
    <message>
        <source>Mark unread or read</source>
        <translation>Segna da leggere o letta</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Segna come fatta</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Move to the Inbox</source>
        <translation>Sposta in Posta in arrivo</translation>
    </message>
    <message>
        <source>Move to Spam</source>
        <translation>Sposta in Spam</translation>
    </message>
    <message>
        <source>Block or unblock</source>
        <translation>Blocca o sblocca</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Assegna a me</translation>
    </message>
    <message>
        <source>Show or hide sender info</source>
        <translation>Mostra o nascondi le info del mittente</translation>
    </message>
    <message>
        <source>Move a lead to the next / previous stage</source>
        <translation>Sposta un lead alla fase successiva / precedente</translation>
    </message>
    <message>
        <source>Open the selected lead</source>
        <translation>Apri il lead selezionato</translation>
    </message>
    <message>
        <source>Give the selected leads no to three stars</source>
        <translation>Dai ai lead selezionati da nessuna a tre stelle</translation>
    </message>
    <message>
        <source>Mark the selected leads lost (restore them in the Lost filter)</source>
        <translation>Segna persi i lead selezionati (ripristinali nel filtro Persi)</translation>
    </message>
    <message>
        <source>Show or hide the lost leads</source>
        <translation>Mostra o nascondi i lead persi</translation>
    </message>
    <message>
        <source>The selected lead's expected value</source>
        <translation>Il valore atteso del lead selezionato</translation>
    </message>
    <message>
        <source>Calendar: move between days, new follow-up</source>
        <translation>Calendario: spostati tra i giorni, nuovo promemoria</translation>
    </message>
    <message>
        <source>Find duplicate contacts</source>
        <translation>Trova contatti doppi</translation>
    </message>
    <message>
        <source>Save (Settings)</source>
        <translation>Salva (Impostazioni)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Cosa fa</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Arancione</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Viola</translation>
    </message>
    <message>
        <source>Raspberry</source>
        <translation>Lampone</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde acqua</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violetto</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambra</translation>
    </message>
    <message>
        <source>Own colour</source>
        <translation>Colore proprio</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Everyone who answers customers here. Each chooses who they are on their own computer, at the bottom right of the window.</source>
        <translation>Tutti quelli che qui rispondono ai clienti. Ognuno sceglie chi è sul proprio computer, in basso a destra nella finestra.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membri del team</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Aggiungi al team</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <source>Leaving the team</source>
        <translation>Chi lascia il team</translation>
    </message>
    <message>
        <source>Hand their work to</source>
        <translation>Affida il suo lavoro a</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Cifrata se il server lo consente</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Sempre cifrata</translation>
    </message>
    <message>
        <source>Always encrypted, the server's certificate checked</source>
        <translation>Sempre cifrata, con il certificato del server verificato</translation>
    </message>
    <message>
        <source>Not encrypted (a local network only)</source>
        <translation>Non cifrata (solo in una rete locale)</translation>
    </message>
    <message>
        <source>Working from several computers</source>
        <translation>Lavorare da più computer</translation>
    </message>
    <message>
        <source>This computer works on the team's server at %1.</source>
        <translation>Questo computer lavora sul server del team a %1.</translation>
    </message>
    <message>
        <source>This computer works on its own file. For several computers at once, the team keeps its data on one PostgreSQL server.</source>
        <translation>Questo computer lavora sul proprio file. Per più computer insieme, il team tiene i dati su un server PostgreSQL.</translation>
    </message>
    <message>
        <source>the server's name or address</source>
        <translation>il nome o l’indirizzo del server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifratura</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <source>Use it from the next start</source>
        <translation>Usalo dal prossimo avvio</translation>
    </message>
    <message>
        <source>Use this computer's own file</source>
        <translation>Usa il file di questo computer</translation>
    </message>
    <message>
        <source>The password is kept in this computer's password store, never in a file. To bring this computer's data to a new, empty server: sportello copy-to postgresql://USER@SERVER/DATABASE.</source>
        <translation>La password è conservata nell’archivio delle password di questo computer, mai in un file. Per portare i dati di questo computer su un server nuovo e vuoto: sportello copy-to postgresql://UTENTE@SERVER/DATABASE.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Connesso: %1.</translation>
    </message>
    <message>
        <source>Sportello opens on the team's server the next time it starts.</source>
        <translation>Sportello si aprirà sul server del team al prossimo avvio.</translation>
    </message>
    <message>
        <source>Sportello opens on this computer's own file the next time it starts.</source>
        <translation>Sportello si aprirà sul file di questo computer al prossimo avvio.</translation>
    </message>
    <message>
        <source>%1 (not active)</source>
        <translation>%1 (non attivo)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Hands %1 conversation(s), %2 lead(s) and %3 open follow-up(s) to %4.</source>
        <translation>Passa %1 conversazioni, %2 lead e %3 promemoria aperti a %4.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Aggiunto.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>%1 is no longer on the team.</source>
        <translation>%1 non fa più parte del team.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <source>Personalize</source>
        <translation>Personalizza</translation>
    </message>
    <message>
        <source>Insert a personalization field</source>
        <translation>Inserisci un campo personalizzato</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Preview with a sample contact</source>
        <translation>Anteprima con un contatto di esempio</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation><numerusform>resta %n carattere</numerusform><numerusform>restano %n caratteri</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too many</source>
        <translation><numerusform>%n carattere di troppo</numerusform><numerusform>%n caratteri di troppo</numerusform></translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Automatic reply · Instant reply</source>
        <translation>Risposta automatica · Risposta immediata</translation>
    </message>
    <message>
        <source>Automatic reply · Away message</source>
        <translation>Risposta automatica · Messaggio di assenza</translation>
    </message>
    <message>
        <source>Automatic reply · Greeting</source>
        <translation>Risposta automatica · Saluto</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Risposta automatica</translation>
    </message>
    <message>
        <source>This message was unsent.</source>
        <translation>Questo messaggio è stato annullato.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>file not found in export</source>
        <translation>file non trovato nell'esportazione</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non inviato</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Human agent</source>
        <translation>Operatore umano</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>domani %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ieri</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>WaitingCard</name>
    <message>
        <source>Waiting for reply</source>
        <translation>In attesa di risposta</translation>
    </message>
    <message>
        <source>Requests waiting for a reply, most urgent first</source>
        <translation>Richieste in attesa di risposta, prima le più urgenti</translation>
    </message>
    <message>
        <source>Nobody is waiting. Well done!</source>
        <translation>Nessuno è in attesa. Ottimo lavoro!</translation>
    </message>
    <message>
        <source>%1 left for 15 min</source>
        <translation>mancano %1 ai 15 min</translation>
    </message>
    <message>
        <source>15 min passed</source>
        <translation>15 min superati</translation>
    </message>
    <message>
        <source>waiting %1 · %2 · %3 left to answer</source>
        <translation>in attesa da %1 · %2 · %3 per rispondere</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Apri la conversazione</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Benvenuto in Sportello</translation>
    </message>
    <message>
        <source>Your customers' messages, leads and follow-ups, in one window on this computer. How would you like to begin?</source>
        <translation>I messaggi, i lead e i promemoria dei tuoi clienti, in una sola finestra su questo computer. Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>Start my business</source>
        <translation>Avvia la mia attività</translation>
    </message>
    <message>
        <source>Name, website, country and time zone, and you as its first team member.</source>
        <translation>Nome, sito, paese e fuso orario, e tu come primo membro del team.</translation>
    </message>
    <message>
        <source>Look around a demo business</source>
        <translation>Esplora un'attività di prova</translation>
    </message>
    <message>
        <source>A pizzeria with its customers, leads and follow-ups, in a folder of its own: nothing of yours is touched.</source>
        <translation>Una pizzeria con i suoi clienti, lead e promemoria, in una cartella a parte: nulla di tuo viene toccato.</translation>
    </message>
    <message>
        <source>Import a Messenger export</source>
        <translation>Importa un'esportazione di Messenger</translation>
    </message>
    <message>
        <source>The .zip Facebook gives you from “Download your information”: your Page's conversations come in, with their photos.</source>
        <translation>Lo .zip che Facebook ti dà da “Scarica le tue informazioni”: arrivano le conversazioni della tua Pagina, con le foto.</translation>
    </message>
    <message>
        <source>Connect my Facebook Page</source>
        <translation>Collega la mia Pagina Facebook</translation>
    </message>
    <message>
        <source>Messages, comments and lead forms arrive by themselves; you need the Page ID and a Page access token.</source>
        <translation>Messaggi, commenti e moduli per i lead arrivano da soli; servono l'ID della Pagina e un token di accesso della Pagina.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome dell'attività</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Il tuo cognome</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <source>Say who you are: your first name.</source>
        <translation>Di' chi sei: il tuo nome.</translation>
    </message>
</context>
<context>
    <name>_TextSettingPage</name>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Follow-up due</source>
        <translation>Promemoria da fare</translation>
    </message>
</context>
</TS>