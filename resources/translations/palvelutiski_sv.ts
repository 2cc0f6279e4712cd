<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AuditCountsModel</name>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>AuditItemsModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Write dates as d.m.yyyy, e.g. 1.3.2026.</source>
        <translation>Skriv datum som d.m.åååå, t.ex. 1.3.2026.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n rad visas.</numerusform>
            <numerusform>%n rader visas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>Inga loggrader matchar.</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Åtgärd</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation>K&amp;undnummer</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Older rows</source>
        <translation>&amp;Äldre rader</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Audit log rows</source>
        <translation>Granskningsloggens rader</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <source>Chain chec&amp;k</source>
        <translation>Kontroll av &amp;kedjan</translation>
    </message>
    <message>
        <source>&amp;Who opened a customer</source>
        <translation>&amp;Vem öppnade en kund</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>about {0} min {1} s</source>
        <translation>cirka {0} min {1} s</translation>
    </message>
    <message>
        <source>about {0} s</source>
        <translation>cirka {0} s</translation>
    </message>
    <message>
        <source>Printing letters</source>
        <translation>Utskrift av brev</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Fetching the first letters…</source>
        <translation>Hämtar de första breven…</translation>
    </message>
    <message>
        <source>{0} (part {1} of {2})</source>
        <translation>{0} (del {1} av {2})</translation>
    </message>
    <message>
        <source>Printing letter {0} of {1}…</source>
        <translation>Skriver ut brev {0} av {1}…</translation>
    </message>
    <message>
        <source>Time left: {0}</source>
        <translation>Tid kvar: {0}</translation>
    </message>
    <message>
        <source>Stopping: the letters already in the printer are finished first…</source>
        <translation>Avbryter: breven som redan skickats till skrivaren skrivs ut först…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n letter(s) printed and recorded;</source>
        <translation>
            <numerusform>Avbrutet: %n brev utskrivet och registrerat;</numerusform>
            <numerusform>Avbrutet: %n brev utskrivna och registrerade;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting to be printed.</source>
        <translation>
            <numerusform>%n brev väntar ännu på utskrift.</numerusform>
            <numerusform>%n brev väntar ännu på utskrift.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) before it were printed and recorded.</source>
        <translation>
            <numerusform>%n brev före det skrevs ut och registrerades.</numerusform>
            <numerusform>%n brev före det skrevs ut och registrerades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallCustomerDialog</name>
    <message>
        <source>Another customer during the call</source>
        <translation>En annan kund under samtalet</translation>
    </message>
    <message>
        <source>The call with {caller} is going on. You are opening {customer}.</source>
        <translation>Samtalet med {caller} pågår. Du öppnar {customer}.</translation>
    </message>
    <message>
        <source>&amp;1  Same caller (e.g. a family member): link {customer} to this call</source>
        <translation>&amp;1  Samma uppringare (t.ex. en familjemedlem): koppla {customer} till samtalet</translation>
    </message>
    <message>
        <source>&amp;2  A new call: end the call with {caller} (its notes are saved) and start one with {customer}</source>
        <translation>&amp;2  Ett nytt samtal: avsluta samtalet med {caller} (anteckningarna sparas) och börja ett nytt med {customer}</translation>
    </message>
    <message>
        <source>&amp;3  Not for this call: choose why {customer} is opened</source>
        <translation>&amp;3  Inte för det här samtalet: välj varför {customer} öppnas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>A call is already going on: {whose}. End it with F8 before starting a new one.</source>
        <translation>Ett samtal pågår redan: {whose}. Avsluta det med F8 innan du börjar ett nytt.</translation>
    </message>
    <message>
        <source>The notes are too long to store: shorten them to {0} characters, then end the call.</source>
        <translation>Anteckningarna är för långa för att sparas: förkorta dem till {0} tecken och avsluta sedan samtalet.</translation>
    </message>
    <message>
        <source>No call. Press F2 when a call begins.</source>
        <translation>Inget samtal. Tryck F2 när ett samtal börjar.</translation>
    </message>
    <message>
        <source>Call {ref} started {when} by {agent}</source>
        <translation>Samtal {ref} började {when}, handläggare {agent}</translation>
    </message>
    <message>
        <source>Read to the customer ({language}, script version {version}):</source>
        <translation>Läs för kunden ({language}, textversion {version}):</translation>
    </message>
    <message>
        <source>Call: caller not identified yet (the first customer you open is the caller)</source>
        <translation>Samtal: uppringaren är inte identifierad ännu (den första kund du öppnar är uppringaren)</translation>
    </message>
    <message>
        <source>Call: {name}, {number}</source>
        <translation>Samtal: {name}, {number}</translation>
    </message>
    <message>
        <source>also about: {0}</source>
        <translation>gäller också: {0}</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} tecken</translation>
    </message>
    <message>
        <source>Call ended {0}.</source>
        <translation>Samtalet avslutades {0}.</translation>
    </message>
    <message>
        <source>The recording is destroyed by {0}.</source>
        <translation>Inspelningen förstörs senast {0}.</translation>
    </message>
    <message>
        <source>The customer objected: recording stopped at {0}.</source>
        <translation>Kunden motsatte sig inspelningen: inspelningen stoppades {0}.</translation>
    </message>
    <message>
        <source>Notice given and accepted: the call is recorded.</source>
        <translation>Meddelandet givet och godkänt: samtalet spelas in.</translation>
    </message>
    <message>
        <source>Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).</source>
        <translation>Meddelandet är inte givet ännu: läs texten ovan och tryck sedan F6 (godkände) eller F7 (motsatte sig).</translation>
    </message>
    <message>
        <source>Notice given – accepted (F6)</source>
        <translation>Meddelandet givet – godkände (F6)</translation>
    </message>
    <message>
        <source>Objected – stop recording (F7)</source>
        <translation>Motsatte sig – stoppa inspelningen (F7)</translation>
    </message>
    <message>
        <source>End call (F8)</source>
        <translation>Avsluta samtalet (F8)</translation>
    </message>
    <message>
        <source>Call notes (Ctrl+Shift+N):</source>
        <translation>Anteckningar om samtalet (Ctrl+Shift+N):</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nytt samtal</translation>
    </message>
    <message>
        <source>Recording notice given, customer accepted</source>
        <translation>Meddelande om inspelning givet, kunden godkände</translation>
    </message>
    <message>
        <source>Customer objected to recording: stop recording</source>
        <translation>Kunden motsatte sig inspelning: stoppa inspelningen</translation>
    </message>
    <message>
        <source>Write call notes</source>
        <translation>Skriv anteckningar om samtalet</translation>
    </message>
    <message>
        <source>End the call (with the notes)</source>
        <translation>Avsluta samtalet (med anteckningarna)</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Inte avslutat</translation>
    </message>
</context>
<context>
    <name>CardFlow</name>
    <message>
        <source>the caller</source>
        <translation>uppringaren</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The contact data of {0} has changes that are not saved.</source>
        <translation>Kontaktuppgifterna för {0} har ändringar som inte är sparade.</translation>
    </message>
    <message>
        <source>Save them, discard them, or cancel to go on editing.</source>
        <translation>Spara dem, förkasta dem eller avbryt för att fortsätta redigera.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Förkasta ändringarna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CardRequestLinks</name>
    <message>
        <source>New written request…</source>
        <translation>Ny skriftlig begäran…</translation>
    </message>
    <message>
        <source>Register a letter from this customer (Ctrl+N)</source>
        <translation>Registrera ett brev från den här kunden (Ctrl+N)</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the request</source>
        <translation>Dubbelklick eller Enter öppnar begäran</translation>
    </message>
    <message>
        <source>Double-click or Enter shows the letter and lets you print it again</source>
        <translation>Dubbelklick eller Enter visar brevet, och det kan skrivas ut på nytt</translation>
    </message>
    <message>
        <source>Request {0} registered.</source>
        <translation>Begäran {0} registrerad.</translation>
    </message>
    <message>
        <source>Printing {0} …</source>
        <translation>Skriver ut {0} …</translation>
    </message>
    <message>
        <source>Printed again; the reprint is recorded in the audit log.</source>
        <translation>Utskrivet på nytt; omutskriften är registrerad i händelseloggen.</translation>
    </message>
    <message>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation>Utskrivet. Lägg brevet i ett fönsterkuvert och markera det som postat.</translation>
    </message>
</context>
<context>
    <name>CardRights</name>
    <message>
        <source>Processing restricted. The card shows the banner.</source>
        <translation>Behandlingen begränsad. Kortet visar begränsningen överst.</translation>
    </message>
    <message>
        <source>The erasure was carried out; the card shows what is left.</source>
        <translation>Raderingen utfördes; kortet visar vad som finns kvar.</translation>
    </message>
    <message>
        <source>The decision was recorded for request {0}; its reply prints it.</source>
        <translation>Beslutet antecknades för begäran {0}; svaret skriver ut det.</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Häv begränsningen av behandlingen</translation>
    </message>
    <message>
        <source>Why is the restriction lifted? Tell the customer before lifting it (GDPR Art. 18(3)).</source>
        <translation>Varför hävs begränsningen? Meddela kunden innan den hävs (dataskyddsförordningen art. 18.3).</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Häv</translation>
    </message>
    <message>
        <source>The restriction was lifted.</source>
        <translation>Begränsningen hävdes.</translation>
    </message>
    <message>
        <source>The disclosure was recorded.</source>
        <translation>Utlämnandet antecknades.</translation>
    </message>
    <message>
        <source>Processing is restricted</source>
        <translation>Behandlingen är begränsad</translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18). Why is the data changed? E.g. the customer&apos;s request and its reference.</source>
        <translation>Behandlingen av kundens uppgifter är begränsad (dataskyddsförordningen art. 18). Varför ändras uppgifterna? T.ex. kundens begäran och dess referens.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>Restrict processing ({0}), erasure plan ({1}), objection ({2})</source>
        <translation>Begränsa behandlingen ({0}), raderingsplan ({1}), invändning ({2})</translation>
    </message>
    <message>
        <source>Decide an objection …</source>
        <translation>Beslut om invändning …</translation>
    </message>
    <message>
        <source>Print the privacy notice …</source>
        <translation>Skriv ut dataskyddsbeskrivningen …</translation>
    </message>
    <message>
        <source>The register description (GDPR Art. 13/14) in the customer&apos;s language: preview and print</source>
        <translation>Register- och dataskyddsbeskrivningen (dataskyddsförordningen art. 13 och 14) på kundens språk: förhandsgranskning och utskrift</translation>
    </message>
    <message>
        <source>Restrict processing …</source>
        <translation>Begränsa behandlingen …</translation>
    </message>
    <message>
        <source>GDPR Art. 18: only storage while it holds</source>
        <translation>Dataskyddsförordningen art. 18: under begränsningen lagras uppgifterna endast</translation>
    </message>
    <message>
        <source>Erasure plan …</source>
        <translation>Raderingsplan …</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <source>Postal addresses (newest first)</source>
        <translation>Postadresser (nyaste först)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nuvarande</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankkonton</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Usage sites</source>
        <translation>Användningsställen</translation>
    </message>
    <message>
        <source>Metering point</source>
        <translation>Mätpunkt</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>Nyttighet</translation>
    </message>
    <message>
        <source>Consumption per year</source>
        <translation>Förbrukning per år</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Calls (newest first)</source>
        <translation>Samtal (nyaste först)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <source>Destroy by</source>
        <translation>Förstörs senast</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte givet</translation>
    </message>
    <message>
        <source>objected, stopped {0}</source>
        <translation>motsatte sig, stoppad {0}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>{0}, destroyed on {1}</source>
        <translation>{0}, förstörd {1}</translation>
    </message>
    <message>
        <source>{0}, on the phone system&apos;s destruction list since {1}</source>
        <translation>{0}, på telefonsystemets förstöringslista sedan {1}</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Begäranden från den registrerade</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Uppgjord av</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Disclosures to other recipients</source>
        <translation>Utlämnanden till andra mottagare</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>Who has looked at this customer (newest first)</source>
        <translation>Vem har tittat på den här kunden (nyaste först)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Notes on the customer (newest first)</source>
        <translation>Anteckningar om kunden (nyaste först)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Välj ett nytt lösenord</translation>
    </message>
    <message>
        <source>{who} set a new password for you on {moment}. Choose a password of your own before you continue: nobody else should know it. If you did not ask for this, tell your supervisor.</source>
        <translation>{who} satte ett nytt lösenord för dig {moment}. Välj ett eget lösenord innan du fortsätter: ingen annan ska känna till det. Om du inte bad om detta, säg till din förman.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Nytt lösenord &amp;igen:</translation>
    </message>
    <message>
        <source>At least {n} characters, not your user name.</source>
        <translation>Minst {n} tecken, inte ditt användarnamn.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
</context>
<context>
    <name>ClaimBar</name>
    <message>
        <source>Take it on</source>
        <translation>Ta för handläggning</translation>
    </message>
    <message>
        <source>Work on this request yourself: everyone sees that you handle it</source>
        <translation>Handlägg begäran själv: alla ser att du handlägger den</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Frigör</translation>
    </message>
    <message>
        <source>Give the request back to the queue</source>
        <translation>Lämna tillbaka begäran till kön</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ta över</translation>
    </message>
    <message>
        <source>You are handling this request (last activity {0}).</source>
        <translation>Du handlägger denna begäran (senast {0}).</translation>
    </message>
    <message>
        <source>{0} is handling this request (last activity {1}).</source>
        <translation>{0} handlägger denna begäran (senast {1}).</translation>
    </message>
    <message>
        <source>Released automatically on {0}: {1} had not worked on it since {2}. Nobody is handling it now.</source>
        <translation>Frigjord automatiskt {0}: {1} hade inte handlagt den sedan {2}. Ingen handlägger den nu.</translation>
    </message>
    <message>
        <source>Nobody is handling this request.</source>
        <translation>Ingen handlägger denna begäran.</translation>
    </message>
</context>
<context>
    <name>ConsentsWidget</name>
    <message>
        <source>No direct marketing of any kind</source>
        <translation>Ingen direktmarknadsföring av något slag</translation>
    </message>
    <message>
        <source>Prohibit or lift the selected purpose and channel</source>
        <translation>Förbjud eller häv det valda ändamålet och kanalen</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Sparar …</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <source>Allowed (ASML ended {0})</source>
        <translation>Tillåtet (ASML upphörde {0})</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Tillåtet</translation>
    </message>
    <message>
        <source>Prohibited ({0})</source>
        <translation>Förbjudet ({0})</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>till {0}</translation>
    </message>
    <message>
        <source>Undo the prohibition entry just recorded</source>
        <translation>Ångra den förbudsanteckning som just gjordes</translation>
    </message>
    <message>
        <source>Record prohibitions</source>
        <translation>Anteckna förbud</translation>
    </message>
    <message>
        <source>Record for {customer}:</source>
        <translation>Antecknas för {customer}:</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Källa: {0}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Anteckna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ingenting antecknades.</translation>
    </message>
    <message>
        <source>Recorded for {customer}: {what}.</source>
        <translation>Antecknat för {customer}: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>A mistake? Undo within %n minute(s) ({0}).</source>
        <translation>
            <numerusform>Ett misstag? Ångra inom %n minut ({0}).</numerusform>
            <numerusform>Ett misstag? Ångra inom %n minuter ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry was undone for {customer}; the correction is in the history.</source>
        <translation>Anteckningen ångrades för {customer}; rättelsen syns i historiken.</translation>
    </message>
    <message>
        <source>(correction of a mistaken entry)</source>
        <translation>(rättelse av en felaktig anteckning)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>ASML valid &amp;until:</source>
        <translation>ASML giltig &amp;till:</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>Historik (nyaste först)</translation>
    </message>
    <message>
        <source>Undo the entry ({0})</source>
        <translation>Ångra anteckningen ({0})</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Changes saved now are part of rectification request {0}: its reply lists them, old and new.</source>
        <translation>Ändringar som sparas nu hör till begäran om rättelse {0}: svaret listar dem med gamla och nya värden.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Rätta de markerade fälten.</translation>
    </message>
    <message>
        <source>Processing is restricted: give the reason for the change.</source>
        <translation>Behandlingen är begränsad: ange grunden för ändringen.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Sparar …</translation>
    </message>
    <message>
        <source>Saved; the change is recorded for request {0} and its reply.</source>
        <translation>Sparat; ändringen har antecknats för begäran {0} och dess svar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Your input is kept in the form. The card now shows the other user&apos;s changes; check them and save again if yours should replace them.</source>
        <translation>Dina uppgifter finns kvar i formuläret. Kortet visar nu den andra användarens ändringar; kontrollera dem och spara igen om dina ska ersätta dem.</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-postadresser:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>c/&amp;o:</source>
        <translation>c/&amp;o:</translation>
    </message>
    <message>
        <source>St&amp;reet address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>Postco&amp;de:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <source>Post &amp;town:</source>
        <translation>Post&amp;anstalt:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567; +358 9 123 456</source>
        <translation>t.ex. 040 123 4567; +358 9 123 456</translation>
    </message>
    <message>
        <source>Save contact data (Ctrl+S)</source>
        <translation>Spara kontaktuppgifterna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save contact data</source>
        <translation>Spara kontaktuppgifterna</translation>
    </message>
</context>
<context>
    <name>CustomerAccessesView</name>
    <message>
        <source>Enter a customer number.</source>
        <translation>Ange ett kundnummer.</translation>
    </message>
    <message numerus="yes">
        <source>{name}, customer {number}: %n audited action(s).</source>
        <translation>
            <numerusform>{name}, kund {number}: %n loggad åtgärd.</numerusform>
            <numerusform>{name}, kund {number}: %n loggade åtgärder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer &amp;number</source>
        <translation>Kund&amp;nummer</translation>
    </message>
    <message>
        <source>Show acc&amp;esses</source>
        <translation>Visa &amp;åtkomster</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Audited actions on the customer</source>
        <translation>Loggade åtgärder för kunden</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>End the call (F8) before closing the card.</source>
        <translation>Avsluta samtalet (F8) innan du stänger kortet.</translation>
    </message>
    <message>
        <source>Opening …</source>
        <translation>Öppnar …</translation>
    </message>
    <message>
        <source>No customer open</source>
        <translation>Ingen kund öppen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Förbrukning</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Show the section: {0}</source>
        <translation>Visa kortets del: {0}</translation>
    </message>
    <message>
        <source>Card sections</source>
        <translation>Kortets delar</translation>
    </message>
    <message>
        <source>Next section of the card</source>
        <translation>Kortets nästa del</translation>
    </message>
    <message>
        <source>Previous section of the card</source>
        <translation>Kortets föregående del</translation>
    </message>
    <message>
        <source>Find the customer in the search on the left: a name in any order, customer number, street, phone, e-mail, metering point, business ID or a full identity code. Enter opens the customer chosen in the list.</source>
        <translation>Sök kunden till vänster: namn i valfri ordning, kundnummer, gatuadress, telefon, e-post, användningsplats, FO-nummer eller hela personbeteckningen. Enter öppnar kunden som valts i listan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;F2&lt;/b&gt; starts a call: the recording notice to read appears above.</source>
        <translation>&lt;b&gt;F2&lt;/b&gt; inleder ett samtal: meddelandet om inspelning som ska läsas upp visas ovanför.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+N&lt;/b&gt; registers a written request that came by post.</source>
        <translation>&lt;b&gt;Ctrl+N&lt;/b&gt; registrerar en skriftlig begäran som kommit per post.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+0&lt;/b&gt; shows today&apos;s work; &lt;b&gt;F1&lt;/b&gt; lists every key.</source>
        <translation>&lt;b&gt;Alt+0&lt;/b&gt; visar dagens arbete; &lt;b&gt;F1&lt;/b&gt; listar alla tangenter.</translation>
    </message>
    <message>
        <source>Customer no. {number} · Language: {language} · Opened for: {purpose}</source>
        <translation>Kundnr {number} · Språk: {language} · Öppnad för: {purpose}</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Prohibitions</source>
        <translation>Förbud</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Visningslogg</translation>
    </message>
    <message>
        <source>Show full code …</source>
        <translation>Visa hela beteckningen …</translation>
    </message>
    <message>
        <source>Show the full personal identity code (reason asked)</source>
        <translation>Visa hela personbeteckningen (orsak frågas)</translation>
    </message>
    <message>
        <source>Edit contact data</source>
        <translation>Redigera kontaktuppgifterna</translation>
    </message>
    <message>
        <source>Reload the card</source>
        <translation>Läs in kortet på nytt</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Stäng kortet</translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <source>Match to a customer</source>
        <translation>Koppla till en kund</translation>
    </message>
    <message>
        <source>Search by name, customer no., address …</source>
        <translation>Sök på namn, kundnr, adress …</translation>
    </message>
    <message>
        <source>Match to the selected customer</source>
        <translation>Koppla till vald kund</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Inga kunder hittades.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure of {0}&apos;s data</source>
        <translation>Anteckna utlämnande: {0}</translation>
    </message>
    <message>
        <source>Record what was handed over outside the desk. The customer&apos;s access reply lists it.</source>
        <translation>Anteckna vilka uppgifter som lämnades ut utanför kundtjänsten. Kundens svar på begäran om tillgång listar utlämnandena.</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Rättslig &amp;grund:</translation>
    </message>
    <message>
        <source>&amp;What data:</source>
        <translation>&amp;Vilka uppgifter:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Anteckna</translation>
    </message>
    <message>
        <source>Processing is restricted: only a legal claim (collection of an unpaid invoice) may be disclosed.</source>
        <translation>Behandlingen är begränsad: uppgifter får lämnas ut endast för ett rättsligt anspråk (indrivning av obetald faktura).</translation>
    </message>
    <message>
        <source>Write the recipient and what data was disclosed.</source>
        <translation>Skriv mottagaren och vilka uppgifter som lämnades ut.</translation>
    </message>
</context>
<context>
    <name>DisclosuresSection</name>
    <message>
        <source>Record a disclosure …</source>
        <translation>Anteckna utlämnande …</translation>
    </message>
</context>
<context>
    <name>ErasurePlanDialog</name>
    <message>
        <source>Erasure plan: {0}</source>
        <translation>Raderingsplan: {0}</translation>
    </message>
    <message>
        <source>Reading the plan …</source>
        <translation>Planen läses …</translation>
    </message>
    <message>
        <source>Erasure plan</source>
        <translation>Raderingsplan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Carry out the erasure …</source>
        <translation>Utför raderingen …</translation>
    </message>
    <message>
        <source>The erasure was carried out for request {0}. The reply lists what was erased and kept.</source>
        <translation>Raderingen utfördes för begäran {0}. Svaret listar vad som raderades och vad som bevaras.</translation>
    </message>
    <message>
        <source>Nothing has been erased. The customer has no open erasure request: register the letter first (Ctrl+N). This is what an erasure would do today:</source>
        <translation>Ingenting har raderats. Kunden har ingen öppen begäran om radering: registrera brevet först (Ctrl+N). Så här skulle en radering göras i dag:</translation>
    </message>
    <message>
        <source>Nothing has been erased. Request {0}: check the requester&apos;s identity first. This is what the erasure would do today:</source>
        <translation>Ingenting har raderats. Begäran {0}: kontrollera först den sökandes identitet. Så här skulle raderingen göras i dag:</translation>
    </message>
    <message>
        <source>Nothing has been erased yet. Request {0}: this is what the erasure will do. A supervisor carries it out.</source>
        <translation>Ingenting har raderats ännu. Begäran {0}: så här görs raderingen. En förman utför den.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bevaras till</translation>
    </message>
    <message>
        <source>Nothing needs to be kept: the customer is anonymised once the reply is posted.</source>
        <translation>Ingenting behöver bevaras: kunden anonymiseras när svaret har postats.</translation>
    </message>
    <message>
        <source>Part of the data must be kept for the reasons shown; it is erased when they end.</source>
        <translation>En del av uppgifterna måste bevaras av de skäl som visas; de raderas när skälen upphör.</translation>
    </message>
    <message>
        <source>Tell these recipients of disclosures about the erasure (GDPR Art. 19): {0}</source>
        <translation>Meddela dessa mottagare av utlämnade uppgifter om raderingen (dataskyddsförordningen art. 19): {0}</translation>
    </message>
    <message>
        <source>An erasure was already carried out for this customer.</source>
        <translation>En radering har redan utförts för kunden.</translation>
    </message>
    <message>
        <source>Carry out the erasure</source>
        <translation>Utför raderingen</translation>
    </message>
    <message>
        <source>Delete the data marked “Delete” now, for request {0}? This cannot be undone.</source>
        <translation>Radera nu uppgifterna märkta ”Radera” enligt begäran {0}? Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>Raderar …</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Förfaller inom 7 dagar</translation>
    </message>
    <message>
        <source>Finnish-speaking</source>
        <translation>Finskspråkiga</translation>
    </message>
    <message>
        <source>Swedish-speaking</source>
        <translation>Svenskspråkiga</translation>
    </message>
    <message>
        <source>English-speaking</source>
        <translation>Engelskspråkiga</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>No handler</source>
        <translation>Ingen handläggare</translation>
    </message>
    <message>
        <source>Any days left</source>
        <translation>Alla tidsfrister</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Obekräftade</translation>
    </message>
    <message>
        <source>Show the requests waiting for the requester to confirm their identity (clarification letter sent, clock paused). Those unconfirmed after the setting requests.abandoned_after_days (60 days unless set) are closed, with the reason in their history.</source>
        <translation>Visa begäranden som väntar på att avsändaren bekräftar sin identitet (utredningsbrev skickat, tidsfristen pausad). De som är obekräftade efter inställningen requests.abandoned_after_days (60 dagar om inget annat angetts) stängs och skälet förs in i deras historik.</translation>
    </message>
    <message>
        <source>Saved views: filters you named</source>
        <translation>Sparade vyer: filter du namngett</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Typ av begäran</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Kundens språk</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Sparade vyer</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Spara vy…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ta bort vyn</translation>
    </message>
    <message>
        <source>Views…</source>
        <translation>Vyer…</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Spara vyn</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Vyns namn:</translation>
    </message>
</context>
<context>
    <name>HetuReveal</name>
    <message>
        <source>Shown for {seconds} seconds, then masked again</source>
        <translation>Visas i {seconds} sekunder, sedan maskeras den igen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Customer matched</source>
        <translation>Kopplad till kund</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identiteten kontrollerad</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <source>Identity clarification asked (clock paused)</source>
        <translation>Utredning av identiteten begärd (tidsfristen pausad)</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>Tidsfristen löper igen</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Handläggare bytt</translation>
    </message>
    <message>
        <source>Taken for handling</source>
        <translation>Tagen för handläggning</translation>
    </message>
    <message>
        <source>Handling taken over</source>
        <translation>Handläggningen övertagen</translation>
    </message>
    <message>
        <source>Handling released</source>
        <translation>Handläggningen frigjord</translation>
    </message>
    <message>
        <source>{0}: released automatically, no activity</source>
        <translation>{0}: frigjord automatiskt, ingen aktivitet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New written request</source>
        <translation>Ny skriftlig begäran</translation>
    </message>
    <message>
        <source>Signed by the requester</source>
        <translation>Undertecknad av den som begär</translation>
    </message>
    <message>
        <source>Search by name, customer no., address …</source>
        <translation>Sök på namn, kundnr, adress …</translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation>Ännu inte identifierad</translation>
    </message>
    <message>
        <source>Archive or scan number of the letter</source>
        <translation>Brevets arkiv- eller skanningsnummer</translation>
    </message>
    <message>
        <source>What does the customer ask for?</source>
        <translation>Vad begär kunden?</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Mottagen:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;und:</translation>
    </message>
    <message>
        <source>&amp;Scanned document:</source>
        <translation>&amp;Skannat dokument:</translation>
    </message>
    <message>
        <source>&amp;Request text:</source>
        <translation>&amp;Begärans text:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Inga kunder hittades.</translation>
    </message>
    <message>
        <source>Registering …</source>
        <translation>Registrerar …</translation>
    </message>
</context>
<context>
    <name>InvoicesSection</name>
    <message numerus="yes">
        <source>Invoices: %n unpaid, {amount} in total</source>
        <translation>
            <numerusform>Fakturor: %n obetald, totalt {amount}</numerusform>
            <numerusform>Fakturor: %n obetalda, totalt {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n förfallen</numerusform>
            <numerusform>%n förfallna</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices: nothing unpaid</source>
        <translation>Fakturor: inget obetalt</translation>
    </message>
    <message>
        <source>Invoices: none</source>
        <translation>Fakturor: inga</translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n invoices are shown.</source>
        <translation>
            <numerusform>De {shown} senaste av %n faktura visas.</numerusform>
            <numerusform>De {shown} senaste av %n fakturor visas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}, förfallen</translation>
    </message>
    <message>
        <source>Paid in the last 12 months: {amount}</source>
        <translation>Betalt under de senaste 12 månaderna: {amount}</translation>
    </message>
    <message>
        <source>In collection: {agency}</source>
        <translation>Hos inkasso: {agency}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Billing system updated {when}</source>
        <translation>Faktureringssystemet uppdaterat {when}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Print preview – {0}</source>
        <translation>Förhandsgranskning – {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Postad</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>The desk is locked</source>
        <translation>Skrivbordet är låst</translation>
    </message>
    <message>
        <source>Signed in: {who}. Type your password to continue; unsaved work is kept as it was.</source>
        <translation>Inloggad: {who}. Skriv ditt lösenord för att fortsätta; osparat arbete finns kvar som det var.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Sign out and quit</source>
        <translation>Logga ut och avsluta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Preparing the demo database… The first start creates it, which takes a moment.</source>
        <translation>Demodatabasen förbereds… Vid första starten skapas den, vilket tar en stund.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Välj databasfilen.</translation>
    </message>
    <message>
        <source>Type the database server&apos;s name.</source>
        <translation>Skriv databasserverns namn.</translation>
    </message>
    <message>
        <source>Type the database name.</source>
        <translation>Skriv databasens namn.</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>Välj ett nytt lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>Signed out: your password was not changed. Sign in again to choose a new one.</source>
        <translation>Du har loggats ut: lösenordet byttes inte. Logga in igen för att välja ett nytt.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Välj databasfilen</translation>
    </message>
    <message>
        <source>Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Palvelutiski-databas (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Path of the database file</source>
        <translation>Databasfilens sökväg</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Serverns namn eller adress</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation>Lösenordet sparas i datorns lösenordsvalv, aldrig i en fil.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Databasserver</translation>
    </message>
    <message>
        <source>encrypted, server certificate checked</source>
        <translation>krypterad, serverns certifikat kontrollerat</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>på den här datorn</translation>
    </message>
    <message>
        <source>not encrypted (allowed by the site configuration)</source>
        <translation>okrypterad (tillåten i installationsinställningarna)</translation>
    </message>
    <message>
        <source>{servers} / {database}
{security}</source>
        <translation>{servers} / {database}
{security}</translation>
    </message>
    <message>
        <source>Palvelutiski – sign in</source>
        <translation>Palvelutiski – inloggning</translation>
    </message>
    <message>
        <source>Customer service desk – sign in with your personal user name.</source>
        <translation>Kundtjänstens arbetsbord – logga in med ditt personliga användarnamn.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>Shared database (PostgreSQL)</source>
        <translation>Gemensam databas (PostgreSQL)</translation>
    </message>
    <message>
        <source>Database file on this computer (SQLite)</source>
        <translation>Databasfil på den här datorn (SQLite)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>Databasens &amp;namn:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Palvelutiski</source>
        <translation>Om Palvelutiski</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — the customer service desk of the utility&apos;s customer register.</source>
        <translation>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — kundtjänstens arbetsbord för bolagets kundregister.</translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <translation>Databas: {label}</translation>
    </message>
    <message>
        <source>A SQLite database file offers no protection against anyone who can copy it: whoever has the file can read every customer and every personal identity code in it. On a SQLite workstation, masking and roles are enforced by this application only.</source>
        <translation>En SQLite-databasfil skyddar inte mot någon som kan kopiera den: den som har filen kan läsa varje kund och varje personbeteckning i den. På en SQLite-arbetsstation upprätthålls maskering och roller endast av detta program.</translation>
    </message>
    <message>
        <source>This desk uses the shared PostgreSQL database with your personal database login: the database server itself keeps full identity codes from roles that may not see them.</source>
        <translation>Detta arbetsbord använder den gemensamma PostgreSQL-databasen med din personliga databasinloggning: databasservern själv skyddar hela personbeteckningar från roller som inte får se dem.</translation>
    </message>
    <message>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Databasen svarar inte. Dina uppgifter finns kvar; försök igen om en stund.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Lås skrivbordet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find a customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <source>New &amp;call</source>
        <translation>Nytt &amp;samtal</translation>
    </message>
    <message>
        <source>New written &amp;request…</source>
        <translation>Ny skriftlig &amp;begäran…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Palvelutiski</source>
        <translation>&amp;Om Palvelutiski</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <source>The note is too long: at most {0} characters fit.</source>
        <translation>Anteckningen är för lång: högst {0} tecken ryms.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Sparar …</translation>
    </message>
    <message>
        <source>The note was saved.</source>
        <translation>Anteckningen sparades.</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} tecken</translation>
    </message>
    <message>
        <source>&amp;New note (kept on the customer, part of an access reply):</source>
        <translation>&amp;Ny anteckning (sparas på kunden, ingår i svaret på en begäran om insyn):</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation>Lägg till anteckning (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Lägg till anteckningen</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Preparing the register description …</source>
        <translation>Registerbeskrivningen förbereds …</translation>
    </message>
    <message>
        <source>Draft: the utility profile lacks {0}.</source>
        <translation>Utkast: bolagets profil saknar {0}.</translation>
    </message>
    <message>
        <source>Register description</source>
        <translation>Registerbeskrivning</translation>
    </message>
    <message>
        <source>The register description was printed.</source>
        <translation>Registerbeskrivningen skrevs ut.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Decide the objection of {0}</source>
        <translation>Beslut om invändning: {0}</translation>
    </message>
    <message>
        <source>For an objection to direct marketing record the prohibition instead (Ctrl+Shift+M): it is absolute. Any other processing stops unless there are compelling legitimate grounds that override the customer&apos;s interests, or legal claims.</source>
        <translation>En invändning mot direktmarknadsföring antecknas som förbud (Ctrl+Shift+M): den är absolut. Annan behandling upphör om det inte finns tvingande berättigade skäl som väger tyngre än kundens intressen, eller ett rättsligt anspråk.</translation>
    </message>
    <message>
        <source>&amp;Uphold: the processing stops for this customer</source>
        <translation>&amp;Godta: behandlingen upphör för den här kunden</translation>
    </message>
    <message>
        <source>Re&amp;ject: compelling legitimate grounds or legal claims</source>
        <translation>&amp;Avslå: tvingande berättigade skäl eller rättsligt anspråk</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>&amp;Processing objected to:</source>
        <translation>&amp;Behandling som invändningen gäller:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Upheld, it &amp;stops:</source>
        <translation>Godkänd, &amp;stoppar:</translation>
    </message>
    <message>
        <source>&amp;Reasons (printed in the reply):</source>
        <translation>&amp;Motivering (skrivs ut i svaret):</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Anteckna beslutet</translation>
    </message>
    <message>
        <source>Name the processing and write the reasons: the reply tells them.</source>
        <translation>Ange behandlingen och skriv motiveringen: svaret berättar dem.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>&amp;1  Call – the customer is on the line</source>
        <translation>&amp;1  Samtal – kunden är i telefon</translation>
    </message>
    <message>
        <source>&amp;2  Letter – answering or sending post</source>
        <translation>&amp;2  Brev – besvara eller skicka post</translation>
    </message>
    <message>
        <source>&amp;3  Request – a data-subject request</source>
        <translation>&amp;3  Begäran – en begäran från den registrerade</translation>
    </message>
    <message>
        <source>&amp;4  Correction – fixing the customer&apos;s data</source>
        <translation>&amp;4  Rättelse – rätta kundens uppgifter</translation>
    </message>
    <message>
        <source>Why are you opening this customer?</source>
        <translation>Varför öppnar du den här kunden?</translation>
    </message>
    <message>
        <source>Opening {0}. The reason is written to the access log.</source>
        <translation>Öppnar {0}. Orsaken skrivs i åtkomstloggen.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>inte identifierad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausad)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Handläggs av</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Skriv först orsaken.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refuse request {0}</source>
        <translation>Avslå begäran {0}</translation>
    </message>
    <message>
        <source>The reason is printed in the refusal letter: the requester reads it, with their right to complain to the Data Protection Ombudsman.</source>
        <translation>Skälet skrivs ut i avslagsbrevet: den som begärt läser det, liksom sin rätt att klaga hos dataombudsmannen.</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>&amp;Skäl för avslaget:</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Visa rapport</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Spara som CSV…</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Rapportens uppgifter</translation>
    </message>
    <message>
        <source>Choose the period and press Show report. Counts only: no customer is named.</source>
        <translation>Välj perioden och tryck Visa rapport. Endast antal: ingen kund nämns.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <source>Received {0}, replies posted {1}, on time {2}, median {3} and 90th percentile {4} days to reply; extended {5}, paused {6}, refused {7}; open at the end {8}.</source>
        <translation>Mottagna {0}, svar postade {1}, i tid {2}, svarstid median {3} och 90:e percentil {4} dagar; förlängda {5}, pausade {6}, avslagna {7}; öppna vid slutet {8}.</translation>
    </message>
    <message>
        <source>Report {0}–{1}.</source>
        <translation>Rapport {0}–{1}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>Rapporten sparad: {0}</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Record identity check</source>
        <translation>Registrera identitetskontrollen</translation>
    </message>
    <message>
        <source>Needs clarification (letter, pause)</source>
        <translation>Behöver utredas (brev, paus)</translation>
    </message>
    <message>
        <source>Reason (hold, extension, refusal, withdrawal, clarification) or, at sign-off, what was done</source>
        <translation>Motivering (vilande, förlängning, avslag, återkallelse, utredning) eller, vid godkännandet, vad som gjordes</translation>
    </message>
    <message>
        <source>Sign off and generate reply</source>
        <translation>Godkänn och skapa svaret</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mån.</translation>
    </message>
    <message>
        <source>Extend deadline (letter)</source>
        <translation>Förläng tidsfristen (brev)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Förhandsgranska och skriv ut…</translation>
    </message>
    <message>
        <source>Acknowledgement letter</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>Mark posted</source>
        <translation>Markera som postad</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Handläggning</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>Postad den:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Choose a request in the list: its details and actions are shown here.</source>
        <translation>Välj en begäran i listan: dess uppgifter och åtgärder visas här.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <source>NOT signed</source>
        <translation>INTE undertecknad</translation>
    </message>
    <message>
        <source>{0} – {1} – {2}</source>
        <translation>{0} – {1} – {2}</translation>
    </message>
    <message>
        <source>Received {0} by {1}, {2}</source>
        <translation>Mottagen {0} via {1}, {2}</translation>
    </message>
    <message>
        <source>Closed. Posted on {0}.</source>
        <translation>Stängd. Postad den {0}.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Stängd.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) OVERDUE</source>
        <translation>
            <numerusform>%n dag FÖRSENAD</numerusform>
            <numerusform>%n dagar FÖRSENAD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Received {0}, reply due {1} ({2}).</source>
        <translation>Mottagen {0}, svaret ska ges senast {1} ({2}).</translation>
    </message>
    <message>
        <source>Deadline extended.</source>
        <translation>Tidsfristen förlängd.</translation>
    </message>
    <message>
        <source>Clock paused since {0} (identity clarification).</source>
        <translation>Tidsfristen pausad sedan {0} (utredning av identiteten).</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n day(s) so far.</source>
        <translation>
            <numerusform>Pausad hittills %n dag.</numerusform>
            <numerusform>Pausad hittills %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by {0}.</source>
        <translation>Handläggare: {0}.</translation>
    </message>
    <message>
        <source>Also open for this customer: {0}</source>
        <translation>Även öppet för den här kunden: {0}</translation>
    </message>
    <message>
        <source>Checked: {0} ({1}, {2})</source>
        <translation>Kontrollerad: {0} ({1}, {2})</translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>Check the address before printing: {0}</source>
        <translation>Kontrollera adressen före utskrift: {0}</translation>
    </message>
    <message>
        <source>Printing {0} …</source>
        <translation>Skriver ut {0} …</translation>
    </message>
    <message>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation>Utskrivet. Lägg brevet i ett fönsterkuvert och markera det som postat.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request {0}</source>
        <translation>Begäran {0}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Days left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Ny begäran…</translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation>Kö av begäranden</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Visa stängda</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Ny begäran…</translation>
    </message>
    <message>
        <source>Print all waiting letters…</source>
        <translation>Skriv ut alla väntande brev…</translation>
    </message>
    <message>
        <source>Print the chosen…</source>
        <translation>Skriv ut de valdas…</translation>
    </message>
    <message>
        <source>The waiting letters of the requests chosen in the queue (Ctrl+click or Shift+click to choose several)</source>
        <translation>De väntande breven för begärandena som valts i kön (Ctrl+klick eller Skift+klick väljer flera)</translation>
    </message>
    <message>
        <source>Agent or supervisor to hand the chosen request to</source>
        <translation>Kundtjänstmedarbetare eller chef som den valda begäran överlåts till</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Överlåt</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n öppen begäran</numerusform>
            <numerusform>%n öppna begäranden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n försenad</numerusform>
            <numerusform>, %n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n idle claim(s) released automatically</source>
        <translation>
            <numerusform>. %n oanvänd handläggning frigjord automatiskt</numerusform>
            <numerusform>. %n oanvända handläggningar frigjorda automatiskt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request in the queue first.</source>
        <translation>Välj först en begäran i kön.</translation>
    </message>
    <message numerus="yes">
        <source>Handler changed to {0}: %n request(s).</source>
        <translation>
            <numerusform>Handläggaren bytt till {0}: %n begäran.</numerusform>
            <numerusform>Handläggaren bytt till {0}: %n begäranden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be reassigned: {0}</source>
        <translation>
            <numerusform>%n kunde inte flyttas: {0}</numerusform>
            <numerusform>%n kunde inte flyttas: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is now handled by {1}.</source>
        <translation>{0} handläggs nu av {1}.</translation>
    </message>
    <message>
        <source>No letters are waiting to be printed.</source>
        <translation>Inga brev väntar på utskrift.</translation>
    </message>
    <message>
        <source>Letters to post</source>
        <translation>Brev att posta</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Skriver ut %n brev…</numerusform>
            <numerusform>Skriver ut %n brev…</numerusform>
        </translation>
    </message>
    <message>
        <source>Palvelutiski letters</source>
        <translation>Palvelutiski-brev</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n brev utskrivet.</numerusform>
            <numerusform>%n brev utskrivna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Restrict processing of {0}</source>
        <translation>Begränsa behandlingen: {0}</translation>
    </message>
    <message>
        <source>While the restriction holds the data is only stored: the customer is left out of marketing exports and disclosures, every edit needs a reason, and letters say so. A supervisor lifts it after telling the customer.</source>
        <translation>Medan begränsningen gäller lagras uppgifterna endast: kunden lämnas utanför marknadsföringsuttag och utlämnanden, varje ändring kräver en grund och breven nämner begränsningen. En förman häver den efter att ha meddelat kunden.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation>Tills vidare</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>&amp;Reason (e.g. the customer disputes the accuracy):</source>
        <translation>&amp;Orsak (t.ex. kunden bestrider uppgifternas riktighet):</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Upphör:</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Begränsa</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Skriv först orsaken.</translation>
    </message>
</context>
<context>
    <name>RestrictionBanner</name>
    <message>
        <source>Lift the restriction …</source>
        <translation>Häv begränsningen …</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Processing restricted (GDPR Art. 18) – ends: {end}. Reason: {reason}. Recorded {when} by {who}. Only storage: no marketing, no disclosures, edits need a reason.</source>
        <translation>Behandlingen begränsad (dataskyddsförordningen art. 18) – upphör: {end}. Orsak: {reason}. Antecknad {when} av {who}. Endast lagring: ingen marknadsföring, inga utlämnanden, ändringar kräver en grund.</translation>
    </message>
    <message>
        <source>Objection upheld (GDPR Art. 21(1)) – stopped: {0}.</source>
        <translation>Invändning godkänd (dataskyddsförordningen art. 21.1) – stoppat: {0}.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Reading …</source>
        <translation>Läser …</translation>
    </message>
    <message>
        <source>Due under the retention rules on {0}. Nothing is destroyed here: the nightly run does it.</source>
        <translation>Förfallet enligt lagringsreglerna {0}. Här förstörs ingenting: det gör nattkörningen.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) on the phone system&apos;s destruction list since {0} await its confirmation (palvelutiski-admin recordings list / confirm).</source>
        <translation>
            <numerusform>%n inspelning på telefonsystemets förstöringslista sedan {0} väntar på dess bekräftelse (palvelutiski-admin recordings list / confirm).</numerusform>
            <numerusform>%n inspelningar på telefonsystemets förstöringslista sedan {0} väntar på dess bekräftelse (palvelutiski-admin recordings list / confirm).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallet</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Äldsta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>Legal reason (utility profile)</source>
        <translation>Rättslig grund (bolagets profil)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Körd av</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Förstört</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>avbröts</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation>Läs igen (F5)</translation>
    </message>
    <message>
        <source>Register description …</source>
        <translation>Registerbeskrivning …</translation>
    </message>
    <message>
        <source>The privacy notice (GDPR Art. 13/14) of the utility profile: preview and print</source>
        <translation>Dataskyddsbeskrivningen (dataskyddsförordningen art. 13 och 14) enligt bolagets profil: förhandsvisning och utskrift</translation>
    </message>
    <message>
        <source>Read the retention preview again</source>
        <translation>Läs förhandsvisningen av lagringen igen</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Lagringsregler</translation>
    </message>
    <message>
        <source>Retention runs</source>
        <translation>Lagringskörningar</translation>
    </message>
    <message>
        <source>Latest runs</source>
        <translation>Senaste körningar</translation>
    </message>
    <message>
        <source>The nightly run: palvelutiski-admin retention --apply (cron or Windows Task Scheduler, see docs/retention.md). Each batch is one transaction; a stopped run carries on the next night.</source>
        <translation>Nattkörningen: palvelutiski-admin retention --apply (cron eller Schemaläggaren i Windows, se docs/retention.md). Varje omgång är en transaktion; en avbruten körning fortsätter följande natt.</translation>
    </message>
</context>
<context>
    <name>RevealHetuDialog</name>
    <message>
        <source>Show the full personal identity code</source>
        <translation>Visa hela personbeteckningen</translation>
    </message>
    <message>
        <source>State the reason. It is stored in the audit log with your name.</source>
        <translation>Ange orsaken. Den sparas i loggen med ditt namn.</translation>
    </message>
    <message>
        <source>Write a reason of at least a few words.</source>
        <translation>Skriv en orsak med åtminstone några ord.</translation>
    </message>
</context>
<context>
    <name>RightsDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RoleCountsModel</name>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktiva användare</translation>
    </message>
    <message>
        <source>Signed in today</source>
        <translation>Inloggade i dag</translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Name, customer no., address, phone, e-mail, metering point, business ID or identity code</source>
        <translation>Namn, kundnr, adress, telefon, e-post, mätpunkt, FO-nummer eller personbeteckning</translation>
    </message>
    <message>
        <source>Move in the result list (also from the field)</source>
        <translation>Flytta i resultatlistan (även från fältet)</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Öppna den valda kunden</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <source>More than {0} matches – type more to narrow the search …</source>
        <translation>Fler än {0} träffar – skriv mer för att begränsa sökningen …</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Inga kunder hittades.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Beteckning</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Träff på</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>kundnummer</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>metering point</source>
        <translation>mätpunkt</translation>
    </message>
    <message>
        <source>usage site</source>
        <translation>förbrukningsplats</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>personbeteckning</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Esc or F1 closes this list.</source>
        <translation>Esc eller F1 stänger listan.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Senast inloggad</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Locked out until {time}</source>
        <translation>Spärrad till {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s)</source>
        <translation>
            <numerusform>%n misslyckad inloggning</numerusform>
            <numerusform>%n misslyckade inloggningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Har aldrig loggat in</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Paused (identity being clarified)</source>
        <translation>Pausad (identiteten utreds)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Förfaller i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>inte identifierad</translation>
    </message>
    <message>
        <source>Identity-code searches suspended</source>
        <translation>Sökningar på personbeteckning spärrade</translation>
    </message>
    <message>
        <source>Queue: overdue and due soon</source>
        <translation>Kön: försenade och snart förfallande</translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation>Mina öppna begäranden</translation>
    </message>
    <message>
        <source>My recent calls</source>
        <translation>Mina senaste samtal</translation>
    </message>
    <message>
        <source>Customers I opened recently</source>
        <translation>Kunder jag öppnat nyligen</translation>
    </message>
    <message>
        <source>Users who may need help signing in</source>
        <translation>Användare som kan behöva hjälp att logga in</translation>
    </message>
    <message>
        <source>Users and sign-ins today by role</source>
        <translation>Användare och dagens inloggningar per roll</translation>
    </message>
    <message>
        <source>Notable events today</source>
        <translation>Dagens anmärkningsvärda händelser</translation>
    </message>
    <message>
        <source>Today in the audit log</source>
        <translation>I dag i loggen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Uppdaterar…</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Idag {date}</translation>
    </message>
    <message>
        <source>These users&apos; identity-code searches found nobody too often and are refused until released. Ask them what happened before you release them.</source>
        <translation>Dessa användares sökningar på personbeteckning hittade för ofta ingen och är spärrade tills de frigörs. Fråga användaren vad som hänt innan du frigör dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n öppen begäran</numerusform>
            <numerusform>%n öppna begäranden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 5 working days</source>
        <translation>
            <numerusform>%n förfaller inom 5 arbetsdagar</numerusform>
            <numerusform>%n förfaller inom 5 arbetsdagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the queue is overdue or due within 5 working days.</source>
        <translation>Inget i kön är försenat eller förfaller inom 5 arbetsdagar.</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned to you</source>
        <translation>
            <numerusform>%n tilldelad dig</numerusform>
            <numerusform>%n tilldelade dig</numerusform>
        </translation>
    </message>
    <message>
        <source>No open requests are assigned to you.</source>
        <translation>Inga öppna begäranden är tilldelade dig.</translation>
    </message>
    <message numerus="yes">
        <source>No calls in the last %n day(s).</source>
        <translation>
            <numerusform>Inga samtal det senaste %n dygnet.</numerusform>
            <numerusform>Inga samtal de senaste %n dagarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened a customer in the last %n day(s).</source>
        <translation>
            <numerusform>Du har inte öppnat någon kund det senaste %n dygnet.</numerusform>
            <numerusform>Du har inte öppnat någon kund de senaste %n dagarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked out</source>
        <translation>
            <numerusform>%n spärrad</numerusform>
            <numerusform>%n spärrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never signed in</source>
        <translation>
            <numerusform>%n har aldrig loggat in</numerusform>
            <numerusform>%n har aldrig loggat in</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user can sign in: nobody is locked out or waiting.</source>
        <translation>Alla användare kan logga in: ingen är spärrad eller väntar.</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Inga användare.</translation>
    </message>
    <message>
        <source>No notable events today.</source>
        <translation>Inga anmärkningsvärda händelser i dag.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written today.</source>
        <translation>
            <numerusform>%n rad skriven i dag.</numerusform>
            <numerusform>%n rader skrivna i dag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s rows link to each other, but see the warning above.</source>
        <translation>Dagens rader hänger ihop, men se varningen ovan.</translation>
    </message>
    <message>
        <source>Today&apos;s part of the audit chain is intact.</source>
        <translation>Loggkedjan är intakt för dagens del.</translation>
    </message>
    <message>
        <source>The audit chain is broken at row {id}: check the whole chain on the Audit log page (Chain check).</source>
        <translation>Loggkedjan är bruten vid rad {id}: kontrollera hela kedjan på sidan Logg (Kontroll av kedjan).</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Uppdatera (F5)</translation>
    </message>
    <message>
        <source>Refresh today&apos;s work</source>
        <translation>Uppdatera dagens arbete</translation>
    </message>
    <message>
        <source>Start typing to search for a customer (or press F3). Enter or a double-click opens the chosen row.</source>
        <translation>Börja skriva för att söka en kund (eller tryck F3). Enter eller ett dubbelklick öppnar den valda raden.</translation>
    </message>
    <message>
        <source>F5 reads the page again.</source>
        <translation>F5 läser in sidan på nytt.</translation>
    </message>
    <message>
        <source>Re&amp;lease the chosen user&apos;s searches</source>
        <translation>&amp;Frigör den valda användarens sökningar</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Anslutningen bröts</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>Databasen svarar.</translation>
    </message>
    <message>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Databasen svarar inte. Dina uppgifter finns kvar; försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>SuspendedLookupsModel</name>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Searches that found nobody</source>
        <translation>Sökningar som inte hittade någon</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>till {time}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>Välj en användare i listan.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <source>User {username} created ({role}).</source>
        <translation>Användaren {username} skapad ({role}).</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} kan logga in igen.</translation>
    </message>
    <message>
        <source>Deactivate {username}? They can no longer sign in; their audit history stays.</source>
        <translation>Inaktivera {username}? Personen kan inte längre logga in; loggningshistoriken finns kvar.</translation>
    </message>
    <message>
        <source>{username} has been deactivated.</source>
        <translation>{username} har inaktiverats.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Lösenordet &amp;igen</translation>
    </message>
    <message>
        <source>e.g. aino.virtanen</source>
        <translation>t.ex. aino.virtanen</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>minst 10 tecken</translation>
    </message>
    <message>
        <source>Cr&amp;eate user</source>
        <translation>&amp;Skapa användare</translation>
    </message>
    <message>
        <source>Se&amp;t password</source>
        <translation>&amp;Ange lösenord</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Vald användare</translation>
    </message>
    <message>
        <source>New password set for {username}, who must choose a new one at the next sign-in.</source>
        <translation>Nytt lösenord satt för {username}, som måste välja ett eget vid nästa inloggning.</translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation>Nytt lösen&amp;ord</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>Nytt lösenord i&amp;gen</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
</context>
<context>
    <name>VerifyChainView</name>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Loggkedjan verifieras…</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s), head hash {hash}.</source>
        <translation>
            <numerusform>Loggkedjan är intakt: %n rad, senaste hash {hash}.</numerusform>
            <numerusform>Loggkedjan är intakt: %n rader, senaste hash {hash}.</numerusform>
        </translation>
    </message>
    <message>
        <source>It matches the receipt.</source>
        <translation>Den stämmer med kvittot.</translation>
    </message>
    <message>
        <source>Its receipt was kept on this workstation; print or save it to keep a copy elsewhere too.</source>
        <translation>Dess kvitto sparades på den här arbetsstationen; skriv ut eller spara den så att en kopia finns någon annanstans också.</translation>
    </message>
    <message>
        <source>Write down or print the receipt below and check against it next time.</source>
        <translation>Skriv ner eller skriv ut kvittot nedan och kontrollera mot det nästa gång.</translation>
    </message>
    <message>
        <source>The audit chain is NOT intact.</source>
        <translation>Loggkedjan är INTE intakt.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifierad</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verifierad av</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Senaste hash</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Audit log receipt</source>
        <translation>Kvitto för loggen</translation>
    </message>
    <message>
        <source>Keep this sheet apart from the computer. A later verification against this receipt shows whether rows were removed or rewritten.</source>
        <translation>Förvara det här arket skilt från datorn. En senare verifiering mot kvittot visar om rader har tagits bort eller skrivits om.</translation>
    </message>
    <message>
        <source>Save the receipts</source>
        <translation>Spara kvittona</translation>
    </message>
    <message>
        <source>audit-receipts</source>
        <translation>loggkvitton</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Receipts saved: {0}</source>
        <translation>Kvittona sparade: {0}</translation>
    </message>
    <message>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Enter the receipt from the previous verification to also catch rows removed from the end.</source>
        <translation>Verifieringen läser hela loggen och kontrollerar varje rads hash. Ange kvittot från förra verifieringen för att också upptäcka rader som tagits bort från slutet.</translation>
    </message>
    <message>
        <source>&amp;Earlier receipt</source>
        <translation>&amp;Tidigare kvitto</translation>
    </message>
    <message>
        <source>rows:hash (optional)</source>
        <translation>rader:hash (valfritt)</translation>
    </message>
    <message>
        <source>Ve&amp;rify chain</source>
        <translation>&amp;Verifiera kedjan</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <source>&amp;Save receipts…</source>
        <translation>&amp;Spara kvittona…</translation>
    </message>
    <message>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Each verification that passes keeps a receipt on this workstation, and the next one checks against it, so rows removed from the end are caught. A receipt typed here is checked instead.</source>
        <translation>Kontrollen läser hela loggen och kontrollerar varje rads hash. Varje godkänd kontroll sparar ett kvitto på den här arbetsstationen, och nästa kontroll jämförs med det, så att rader som tagits bort i slutet upptäcks. Ett kvitto som skrivs in här kontrolleras i stället.</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The action could not be completed because of an error in Palvelutiski. The details are in the log file: tell the helpdesk if it happens again.</source>
        <translation>Åtgärden kunde inte slutföras på grund av ett fel i Palvelutiski. Detaljerna finns i loggfilen: meddela helpdesken om det händer igen.</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong inside Palvelutiski. The details are in the log file.</source>
        <translation>Ett fel uppstod i Palvelutiski. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>Palvelutiski ran into an error it did not expect. Your saved work is safe; the action you were doing may not have finished.</source>
        <translation>Palvelutiski stötte på ett oväntat fel. Ditt sparade arbete är i säkerhet; åtgärden du höll på med blev kanske inte klar.</translation>
    </message>
    <message>
        <source>Please tell the helpdesk. The log file is {path}.</source>
        <translation>Meddela helpdesk. Loggfilen är {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljerna</translation>
    </message>
</context>
<context>
    <name>palvelutiski</name>
    <message>
        <source>A line of the address is longer than 30 characters and was wrapped; check it.</source>
        <translation>En adressrad är längre än 30 tecken och radbröts; kontrollera den.</translation>
    </message>
    <message>
        <source>The name or address holds invisible or control characters; they were left out of the envelope. Check the name and address on the customer&apos;s card.</source>
        <translation>Namnet eller adressen innehåller osynliga tecken eller styrtecken; de lämnades bort från kuvertet. Kontrollera namn och adress på kundkortet.</translation>
    </message>
    <message>
        <source>The address has no recipient name.</source>
        <translation>Adressen saknar mottagarens namn.</translation>
    </message>
    <message>
        <source>The address has no street or PO box.</source>
        <translation>Adressen saknar gatuadress eller postbox.</translation>
    </message>
    <message>
        <source>The address has no post town.</source>
        <translation>Adressen saknar postanstalt.</translation>
    </message>
    <message>
        <source>A Finnish postcode has five digits.</source>
        <translation>Ett finländskt postnummer har fem siffror.</translation>
    </message>
    <message>
        <source>{name} is working on this request. Ask them, or a supervisor, to release it.</source>
        <translation>{name} handlägger denna begäran. Be hen eller en förman att frigöra den.</translation>
    </message>
    <message>
        <source>You prepared this reply, so another supervisor must sign it off (four eyes).</source>
        <translation>Du beredde detta svar, så en annan förman måste godkänna det (fyraögonsprincipen).</translation>
    </message>
    <message>
        <source>You prepared this request, so another supervisor must decide the refusal (four eyes).</source>
        <translation>Du beredde denna begäran, så en annan förman måste besluta om avslaget (fyraögonsprincipen).</translation>
    </message>
    <message>
        <source>The phone number {value} may contain only digits, spaces, hyphens and a leading +.</source>
        <translation>Telefonnumret {value} får bara innehålla siffror, mellanslag, bindestreck och ett inledande +.</translation>
    </message>
    <message>
        <source>The phone number {value} is not a Finnish number (0… or +358…) of the right length.</source>
        <translation>Telefonnumret {value} är inte ett finländskt nummer (0… eller +358…) av rätt längd.</translation>
    </message>
    <message>
        <source>The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).</source>
        <translation>E-postadressen {value} är inte giltig (t.ex. maija.meikalainen@example.fi).</translation>
    </message>
    <message>
        <source>The language must be Finnish, Swedish or English.</source>
        <translation>Språket måste vara finska, svenska eller engelska.</translation>
    </message>
    <message>
        <source>The same phone number is given twice.</source>
        <translation>Samma telefonnummer har angetts två gånger.</translation>
    </message>
    <message>
        <source>The same e-mail address is given twice.</source>
        <translation>Samma e-postadress har angetts två gånger.</translation>
    </message>
    <message>
        <source>Enter the street address (at most 100 characters).</source>
        <translation>Ange gatuadressen (högst 100 tecken).</translation>
    </message>
    <message>
        <source>The c/o line holds invisible or control characters: type it again.</source>
        <translation>c/o-raden innehåller osynliga tecken eller styrtecken: skriv den på nytt.</translation>
    </message>
    <message>
        <source>The country is a two-letter code, e.g. FI or SE.</source>
        <translation>Landet anges med en kod på två bokstäver, t.ex. FI eller SE.</translation>
    </message>
    <message>
        <source>A Finnish postcode has exactly 5 digits, e.g. 94450.</source>
        <translation>Ett finländskt postnummer har exakt 5 siffror, t.ex. 94450.</translation>
    </message>
    <message>
        <source>The post town {value} must be letters only, e.g. Keminmaa.</source>
        <translation>Postanstalten {value} får bara innehålla bokstäver, t.ex. Keminmaa.</translation>
    </message>
    <message>
        <source>The c/o line has at most 60 characters.</source>
        <translation>c/o-raden har högst 60 tecken.</translation>
    </message>
    <message>
        <source>The street address holds invisible or control characters: type it again.</source>
        <translation>Gatuadressen innehåller osynliga tecken eller styrtecken: skriv den på nytt.</translation>
    </message>
    <message>
        <source>The country code {value} is not known: letters could not be addressed there.</source>
        <translation>Landskoden {value} är okänd: brev kunde inte adresseras dit.</translation>
    </message>
    <message>
        <source>Enter the postcode (at most 10 characters).</source>
        <translation>Ange postnumret (högst 10 tecken).</translation>
    </message>
    <message>
        <source>a public holiday or an eve the offices are closed</source>
        <translation>en helgdag eller en afton då ämbetsverken är stängda</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>en lördag</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>en söndag</translation>
    </message>
    <message>
        <source>Received {day}.</source>
        <translation>Mottagen {day}.</translation>
    </message>
    <message>
        <source>One month counted from the next day ends {day} (EU Regulation 1182/71, Art. 3).</source>
        <translation>En månad räknad från följande dag slutar {day} (förordning (EEG, Euratom) nr 1182/71, artikel 3).</translation>
    </message>
    <message>
        <source>Clock paused for identity clarification, {days} day(s) so far, still paused: {day}.</source>
        <translation>Klockan stoppad för utredning av identiteten, pausdagar hittills {days}, fortfarande pausad: {day}.</translation>
    </message>
    <message>
        <source>Clock paused for identity clarification, {days} day(s): {day}.</source>
        <translation>Klockan stoppad för utredning av identiteten, pausdagar {days}: {day}.</translation>
    </message>
    <message>
        <source>Due {day}.</source>
        <translation>Tidsfristen går ut {day}.</translation>
    </message>
    <message>
        <source>Extended by {months} month(s) (GDPR Art. 12(3)): {day}.</source>
        <translation>Förlängd med {months} månad(er) (dataskyddsförordningen art. 12.3): {day}.</translation>
    </message>
    <message>
        <source>{day} is {why}: the deadline moves to the next working day (Act 150/1930, §5).</source>
        <translation>{day} är {why}: tidsfristen flyttas till följande vardag (lagen om beräknande av laga tid 150/1930, 5 §).</translation>
    </message>
    <message>
        <source>The deadline has already been extended once.</source>
        <translation>Tidsfristen har redan förlängts en gång.</translation>
    </message>
    <message>
        <source>The deadline can be extended by one or two months.</source>
        <translation>Tidsfristen kan förlängas med en eller två månader.</translation>
    </message>
    <message>
        <source>An extension needs a reason; it is sent to the customer.</source>
        <translation>En förlängning kräver en motivering; den skickas till kunden.</translation>
    </message>
    <message>
        <source>An extension cannot be decided before the request was received ({received}).</source>
        <translation>Svarstiden kan inte förlängas innan begäran har tagits emot ({received}).</translation>
    </message>
    <message>
        <source>The deadline can only be extended before it has passed (due {due}).</source>
        <translation>Tidsfristen kan bara förlängas innan den har gått ut (förfaller {due}).</translation>
    </message>
    <message>
        <source>Name and customer number</source>
        <translation>Namn och kundnummer</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Current postal address</source>
        <translation>Nuvarande postadress</translation>
    </message>
    <message>
        <source>Earlier postal addresses</source>
        <translation>Tidigare postadresser</translation>
    </message>
    <message>
        <source>Phones and e-mail addresses</source>
        <translation>Telefonnummer och e-postadresser</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankkonton</translation>
    </message>
    <message>
        <source>Calls, recordings and call notes</source>
        <translation>Samtal, inspelningar och samtalsanteckningar</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Marketing prohibitions and consents</source>
        <translation>Förbud mot och samtycken till marknadsföring</translation>
    </message>
    <message>
        <source>Restrictions of processing</source>
        <translation>Begränsningar av behandlingen</translation>
    </message>
    <message>
        <source>Contracts, usage sites and consumption</source>
        <translation>Avtal, förbrukningsställen och förbrukning</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <source>Data requests and their letters</source>
        <translation>Dataskyddsbegäranden och breven om dem</translation>
    </message>
    <message>
        <source>Recorded disclosures</source>
        <translation>Antecknade utlämnanden</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisera</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bevara</translation>
    </message>
    <message>
        <source>Contract in force</source>
        <translation>Gällande avtal</translation>
    </message>
    <message>
        <source>Unpaid invoice or debt collection (legal claim)</source>
        <translation>Obetald faktura eller indrivning (rättsligt anspråk)</translation>
    </message>
    <message>
        <source>Accounting Act 1336/1997 2:10 — vouchers 6 years after the year ends</source>
        <translation>Bokföringslagen 1336/1997 2:10 — verifikat 6 år efter årets utgång</translation>
    </message>
    <message>
        <source>Accountability (GDPR Art. 5(2))</source>
        <translation>Ansvarsskyldighet (dataskyddsförordningen art. 5.2)</translation>
    </message>
    <message>
        <source>Audit trail, never changed</source>
        <translation>Händelselogg som aldrig ändras</translation>
    </message>
    <message>
        <source>Kept until the reply is posted, then erased by the nightly run</source>
        <translation>Bevaras tills svaret har postats, raderas sedan av nattkörningen</translation>
    </message>
    <message>
        <source>No reason to keep</source>
        <translation>Ingen grund för att bevara</translation>
    </message>
    <message>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>En personbeteckning har 11 tecken, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <source>The 7th character of a personal identity code must be one of + - A–F U–Y.</source>
        <translation>Det 7:e tecknet i en personbeteckning måste vara något av + - A–F U–Y.</translation>
    </message>
    <message>
        <source>The birth date in the personal identity code is in the future.</source>
        <translation>Födelsedatumet i personbeteckningen ligger i framtiden.</translation>
    </message>
    <message>
        <source>Individual numbers 900–999 are temporary codes; mark the code as temporary.</source>
        <translation>Individnumren 900–999 är tillfälliga beteckningar; markera beteckningen som tillfällig.</translation>
    </message>
    <message>
        <source>The personal identity code is not in the form DDMMYYCZZZQ.</source>
        <translation>Personbeteckningen har inte formen DDMMÅÅCNNNK.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong.</source>
        <translation>Personbeteckningens kontrolltecken är fel.</translation>
    </message>
    <message>
        <source>The personal identity code has an impossible birth date or number.</source>
        <translation>Personbeteckningen har ett omöjligt födelsedatum eller individnummer.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} fit. Shorten it and try again.</source>
        <translation>Texten är {length} tecken lång; högst {limit} ryms. Förkorta den och försök igen.</translation>
    </message>
    <message>
        <source>Direct advertising</source>
        <translation>Direktreklam</translation>
    </message>
    <message>
        <source>Distance selling</source>
        <translation>Distansförsäljning</translation>
    </message>
    <message>
        <source>Other direct marketing</source>
        <translation>Annan direktmarknadsföring</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Marknadsundersökning</translation>
    </message>
    <message>
        <source>Opinion polls</source>
        <translation>Opinionsundersökningar</translation>
    </message>
    <message>
        <source>Person registers</source>
        <translation>Personmatriklar</translation>
    </message>
    <message>
        <source>Genealogy</source>
        <translation>Släktforskning</translation>
    </message>
    <message>
        <source>Electronic marketing (consent)</source>
        <translation>Elektronisk direktmarknadsföring (samtycke)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Customer by phone</source>
        <translation>Kunden per telefon</translation>
    </message>
    <message>
        <source>Customer by letter</source>
        <translation>Kunden per brev</translation>
    </message>
    <message>
        <source>Customer by e-mail</source>
        <translation>Kunden per e-post</translation>
    </message>
    <message>
        <source>Customer at the desk</source>
        <translation>Kunden vid disken</translation>
    </message>
    <message>
        <source>DVV (Population Information System)</source>
        <translation>MDB (befolkningsdatasystemet)</translation>
    </message>
    <message>
        <source>ASML telephone restriction service</source>
        <translation>ASML:s spärrtjänst för telefonmarknadsföring</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Förbjudet</translation>
    </message>
    <message>
        <source>Prohibition lifted</source>
        <translation>Förbudet hävt</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke givet</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <source>There is no prohibition from this source to lift.</source>
        <translation>Det finns inget förbud från den här källan att häva.</translation>
    </message>
    <message>
        <source>Unknown purpose: {purpose}.</source>
        <translation>Okänt ändamål: {purpose}.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Okänd kanal: {channel}.</translation>
    </message>
    <message>
        <source>Unknown source: {source}.</source>
        <translation>Okänd källa: {source}.</translation>
    </message>
    <message>
        <source>Unknown decision: {decision}.</source>
        <translation>Okänt beslut: {decision}.</translation>
    </message>
    <message>
        <source>The validity end date is before the date of the event.</source>
        <translation>Giltighetens slutdatum ligger före händelsens datum.</translation>
    </message>
    <message>
        <source>This prohibition is registered at DVV; the customer lifts it there.</source>
        <translation>Förbudet är registrerat hos MDB; kunden häver det där.</translation>
    </message>
    <message>
        <source>This is an ASML telephone restriction; the customer cancels it there.</source>
        <translation>Detta är en spärr hos ASML för telefonmarknadsföring; kunden säger upp den där.</translation>
    </message>
    <message>
        <source>Only the customer or DVV can prohibit all direct marketing.</source>
        <translation>Endast kunden eller MDB kan förbjuda all direktmarknadsföring.</translation>
    </message>
    <message>
        <source>Electronic marketing is given or withdrawn as a consent.</source>
        <translation>Elektronisk marknadsföring ges eller återkallas som ett samtycke.</translation>
    </message>
    <message>
        <source>Electronic-marketing consent applies to e-mail and SMS only.</source>
        <translation>Samtycke till elektronisk marknadsföring gäller endast e-post och SMS.</translation>
    </message>
    <message>
        <source>Only the customer can give or withdraw a consent.</source>
        <translation>Endast kunden kan ge eller återkalla ett samtycke.</translation>
    </message>
    <message>
        <source>A purpose other than electronic marketing is prohibited or lifted.</source>
        <translation>Andra ändamål än elektronisk marknadsföring förbjuds eller så hävs förbudet.</translation>
    </message>
    <message>
        <source>The ASML restriction service covers telephone marketing only.</source>
        <translation>ASML:s spärrtjänst gäller endast telefonmarknadsföring.</translation>
    </message>
    <message>
        <source>An ASML telephone restriction needs its validity end date.</source>
        <translation>En ASML-spärr för telefonmarknadsföring behöver sitt slutdatum.</translation>
    </message>
    <message>
        <source>Only an ASML telephone restriction has a validity end date.</source>
        <translation>Endast en ASML-spärr för telefonmarknadsföring har ett slutdatum.</translation>
    </message>
    <message>
        <source>The request has no letters yet.</source>
        <translation>Begäran har inga brev ännu.</translation>
    </message>
    <message>
        <source>The request is already matched to a customer.</source>
        <translation>Begäran är redan kopplad till en kund.</translation>
    </message>
    <message>
        <source>The identity has been checked already.</source>
        <translation>Identiteten har redan kontrollerats.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Under beredning</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation>Klar för utskrift</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Avsänd</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Tidsfristen förlängd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation>Stängd: identiteten inte bekräftad</translation>
    </message>
    <message>
        <source>A request cannot move from “{source}” to “{target}”.</source>
        <translation>En begäran kan inte gå från ”{source}” till ”{target}”.</translation>
    </message>
    <message>
        <source>Your role may not move a request to “{target}”.</source>
        <translation>Din roll får inte flytta en begäran till ”{target}”.</translation>
    </message>
    <message>
        <source>Give a reason for “{target}”.</source>
        <translation>Ange en motivering för ”{target}”.</translation>
    </message>
    <message>
        <source>Only a supervisor may sign off or refuse a request.</source>
        <translation>Endast en förman får godkänna eller avslå en begäran.</translation>
    </message>
    <message>
        <source>the controller&apos;s business ID (Y-tunnus)</source>
        <translation>den personuppgiftsansvariges FO-nummer</translation>
    </message>
    <message>
        <source>the legal basis of each purpose (GDPR Art. 13(1)(c))</source>
        <translation>rättslig grund per ändamål (dataskyddsförordningen art. 13.1 c)</translation>
    </message>
    <message>
        <source>retention periods per category of data (Art. 13(2)(a))</source>
        <translation>lagringstider per uppgiftsgrupp (art. 13.2 a)</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Samtalsinspelningar</translation>
    </message>
    <message>
        <source>Letter contents (PDF)</source>
        <translation>Brevens innehåll (PDF)</translation>
    </message>
    <message>
        <source>Closed data requests</source>
        <translation>Avslutade dataskyddsbegäranden</translation>
    </message>
    <message>
        <source>Customers whose contracts ended</source>
        <translation>Kunder vars avtal har upphört</translation>
    </message>
    <message>
        <source>Names kept to post an erasure reply</source>
        <translation>Namn som bevaras för att posta ett svar om radering</translation>
    </message>
    <message>
        <source>Audit trail (never deleted)</source>
        <translation>Händelselogg (raderas aldrig)</translation>
    </message>
    <message>
        <source>Collection of an unpaid invoice (legitimate interest, legal claim)</source>
        <translation>Indrivning av obetald faktura (berättigat intresse, rättsligt anspråk)</translation>
    </message>
    <message>
        <source>The customer&apos;s power of attorney</source>
        <translation>Kundens fullmakt</translation>
    </message>
    <message>
        <source>At the customer&apos;s request for a specific purpose</source>
        <translation>På kundens begäran för ett visst ändamål</translation>
    </message>
    <message>
        <source>Subcontractor managing the customer relationship (contract)</source>
        <translation>Underleverantör som sköter kundrelationen (avtal)</translation>
    </message>
    <message>
        <source>Direct marketing (register description, no prohibition)</source>
        <translation>Direktmarknadsföring (registerbeskrivningen, inget förbud)</translation>
    </message>
    <message>
        <source>Statutory obligation</source>
        <translation>Lagstadgad skyldighet</translation>
    </message>
    <message>
        <source>Marketing register and partner exports: the customer is left out</source>
        <translation>Uttag för marknadsföringsregistret och partner: kunden lämnas utanför</translation>
    </message>
    <message>
        <source>Disclosures: only for legal claims and statutory duties</source>
        <translation>Utlämnanden: endast för rättsliga anspråk och lagstadgade skyldigheter</translation>
    </message>
    <message>
        <source>Other processing: stopped by hand as the decision says</source>
        <translation>Annan behandling: avslutas manuellt enligt beslutet</translation>
    </message>
    <message>
        <source>Customer service agent</source>
        <translation>Kundtjänstmedarbetare</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Förman</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Huvudanvändare</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <source>Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched.</source>
        <translation>Personbeteckningar söks bara hela (alla 11 tecken, t.ex. 131052-308T); delar av en beteckning söks aldrig.</translation>
    </message>
    <message>
        <source>The text contains invisible control or text-direction characters (for example pasted from a terminal or a web page). Remove them and try again.</source>
        <translation>Texten innehåller osynliga styr- eller textriktningstecken (till exempel inklistrade från en terminal eller en webbsida). Ta bort dem och försök igen.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters, now {length}. Shorten it and try again.</source>
        <translation>Texten är för lång: högst {limit} tecken, nu {length}. Förkorta den och försök igen.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Kontot låst</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Kontot upplåst</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Utloggning</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sessionen låst</translation>
    </message>
    <message>
        <source>Customer opened</source>
        <translation>Kund öppnad</translation>
    </message>
    <message>
        <source>Customer&apos;s audit trail read</source>
        <translation>Kundens loggspår läst</translation>
    </message>
    <message>
        <source>Identity code search</source>
        <translation>Sökning på personbeteckning</translation>
    </message>
    <message>
        <source>Identity code revealed</source>
        <translation>Personbeteckning visad</translation>
    </message>
    <message>
        <source>Identity code search refused (searches suspended)</source>
        <translation>Sökning på personbeteckning nekad (sökningar spärrade)</translation>
    </message>
    <message>
        <source>Identity code searches suspended</source>
        <translation>Sökningar på personbeteckning spärrade</translation>
    </message>
    <message>
        <source>Identity code searches released</source>
        <translation>Sökningar på personbeteckning frigjorda</translation>
    </message>
    <message>
        <source>Identity code, consents or invoices erased</source>
        <translation>Personbeteckning, samtycken eller fakturor raderade</translation>
    </message>
    <message>
        <source>Audit chain sealed in a new format</source>
        <translation>Loggkedjan förseglad i nytt format</translation>
    </message>
    <message>
        <source>Contact details changed</source>
        <translation>Kontaktuppgifter ändrade</translation>
    </message>
    <message>
        <source>Consent or prohibition recorded</source>
        <translation>Samtycke eller förbud registrerat</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Samtal började</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Samtal avslutades</translation>
    </message>
    <message>
        <source>Customer linked to a call</source>
        <translation>Kund kopplad till ett samtal</translation>
    </message>
    <message>
        <source>Mistaken prohibition or consent entry corrected</source>
        <translation>Felaktig anteckning om förbud eller samtycke rättad</translation>
    </message>
    <message>
        <source>Customer note written</source>
        <translation>Kundanteckning skriven</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Behandlingen begränsad</translation>
    </message>
    <message>
        <source>Restriction of processing lifted</source>
        <translation>Begränsningen av behandlingen hävd</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Utlämnande antecknat</translation>
    </message>
    <message>
        <source>Erasure carried out</source>
        <translation>Radering utförd</translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation>Beslut om invändning fattat</translation>
    </message>
    <message>
        <source>Retention: a batch destroyed</source>
        <translation>Lagring: en omgång förstörd</translation>
    </message>
    <message>
        <source>Retention run finished</source>
        <translation>Lagringskörningen slutförd</translation>
    </message>
    <message>
        <source>Recording destruction list handed to the phone system</source>
        <translation>Inspelningarnas förstöringslista till telefonsystemet</translation>
    </message>
    <message>
        <source>Phone system confirmed recordings destroyed</source>
        <translation>Telefonsystemet bekräftade inspelningarna förstörda</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Begäran registrerad</translation>
    </message>
    <message>
        <source>Request state changed</source>
        <translation>Begärans status ändrad</translation>
    </message>
    <message>
        <source>Request reassigned</source>
        <translation>Begäran överförd till en annan handläggare</translation>
    </message>
    <message>
        <source>Request taken for handling</source>
        <translation>Begäran tagen för handläggning</translation>
    </message>
    <message>
        <source>Request handling released</source>
        <translation>Handläggningen av begäran frigjord</translation>
    </message>
    <message>
        <source>Report run</source>
        <translation>Rapport körd</translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation>Brev skapat</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Brev utskrivet</translation>
    </message>
    <message>
        <source>Letter dispatched</source>
        <translation>Brev avsänt</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Användare skapad</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Lösenord satt</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eget lösenord bytt</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Användare inaktiverad</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>Användare återaktiverad</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Användare upplåst</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Kunder importerade</translation>
    </message>
    <message>
        <source>Database initialised</source>
        <translation>Databasen initierad</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>Ingen kund har numret {number}.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Startdatumet ligger efter slutdatumet.</translation>
    </message>
    <message>
        <source>The audit trail no longer extends the receipt taken on {date} ({receipt}): rows were removed or rewritten after it.</source>
        <translation>Loggkedjan fortsätter inte längre från kvittot som togs {date} ({receipt}): rader har tagits bort eller skrivits om efter det.</translation>
    </message>
    <message>
        <source>Taken (Finnish time)</source>
        <translation>Taget (finsk tid)</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Taget (UTC)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Tagen av</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>kontroll</translation>
    </message>
    <message>
        <source>daily head</source>
        <translation>dagens kvitto</translation>
    </message>
    <message>
        <source>The receipt book {path} cannot be read. Keep a copy of it, then check the audit chain against your printed or saved receipts.</source>
        <translation>Kvittoboken {path} kan inte läsas. Spara en kopia av den och kontrollera sedan loggkedjan mot dina utskrivna eller sparade kvitton.</translation>
    </message>
    <message>
        <source>Audit row {id} has been altered: its content no longer matches its hash.</source>
        <translation>Loggrad {id} har ändrats: dess innehåll stämmer inte längre med dess hash.</translation>
    </message>
    <message>
        <source>The audit log is broken before row {id}: a row has been deleted or replaced there.</source>
        <translation>Loggen är bruten före rad {id}: en rad har tagits bort eller ersatts där.</translation>
    </message>
    <message>
        <source>The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed from the end.</source>
        <translation>Loggen har {count} rader men kvittot anger {receipt_count}: rader har tagits bort från slutet.</translation>
    </message>
    <message>
        <source>Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log has been rewritten.</source>
        <translation>Loggrad {id} (nummer {receipt_count}) har inte kvittots hash: loggen har skrivits om.</translation>
    </message>
    <message>
        <source>A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits).</source>
        <translation>Ett kvitto är antalet rader och den senaste hashen, t.ex. 1234:9f86d0…(64 hexadecimala siffror).</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is not in use.</source>
        <translation>Fel användarnamn eller lösenord, eller så är kontot inte i bruk.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked. Try again in {minutes} min or ask the administrator to unlock it.</source>
        <translation>För många misslyckade försök: kontot är låst. Försök igen om {minutes} min eller be huvudanvändaren låsa upp det.</translation>
    </message>
    <message>
        <source>There is no database file at {path}. Check the path, and that the drive it is on is connected.</source>
        <translation>Det finns ingen databasfil i {path}. Kontrollera sökvägen och att enheten den ligger på är ansluten.</translation>
    </message>
    <message>
        <source>The confirmation names no recordings.</source>
        <translation>Bekräftelsen nämner inga inspelningar.</translation>
    </message>
    <message>
        <source>The phone system cannot have destroyed recordings in the future: check the date.</source>
        <translation>Telefonsystemet kan inte ha förstört inspelningar i framtiden: kontrollera datumet.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so nothing was written. Create it or choose another folder, then try again.</source>
        <translation>Mappen {folder} finns inte, så ingenting skrevs. Skapa den eller välj en annan mapp och försök sedan igen.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk of {folder}: the copy needs about {needed} MB and {free} MB is free. Nothing was written; free some space or choose another disk.</source>
        <translation>Det finns inte tillräckligt med utrymme på disken för {folder}: kopian behöver cirka {needed} MB och {free} MB är ledigt. Ingenting skrevs; frigör utrymme eller välj en annan disk.</translation>
    </message>
    <message>
        <source>pg_dump failed: {reason} Nothing was written.</source>
        <translation>pg_dump misslyckades: {reason} Ingenting skrevs.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Det finns ingen säkerhetskopia i {path}.</translation>
    </message>
    <message>
        <source>{tool} is not installed on this computer. Install the PostgreSQL client programs of the server&apos;s version or newer (Debian and Ubuntu: apt-get install postgresql-client; Windows: the Command Line Tools of the PostgreSQL installer), then try again.</source>
        <translation>{tool} är inte installerat på den här datorn. Installera PostgreSQL-klientprogrammen av serverns version eller nyare (Debian och Ubuntu: apt-get install postgresql-client; Windows: Command Line Tools i PostgreSQL-installationsprogrammet) och försök sedan igen.</translation>
    </message>
    <message>
        <source>The copy could not be written to {folder} ({reason}). Nothing was written.</source>
        <translation>Kopian kunde inte skrivas till {folder} ({reason}). Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The database {name} exists already. Restore only into a new database: choose another name, or have the old one dropped first.</source>
        <translation>Databasen {name} finns redan. Återställ bara till en ny databas: välj ett annat namn eller låt först ta bort den gamla.</translation>
    </message>
    <message>
        <source>These roles must exist on the server before the restore: {roles}. Create them (pg_dumpall --roles-only on the old server gives them), then try again.</source>
        <translation>Dessa roller måste finnas på servern före återställningen: {roles}. Skapa dem (pg_dumpall --roles-only på den gamla servern ger dem) och försök sedan igen.</translation>
    </message>
    <message>
        <source>pg_restore failed: {reason} The new database was removed again.</source>
        <translation>pg_restore misslyckades: {reason} Den nya databasen togs bort igen.</translation>
    </message>
    <message>
        <source>The disk of {folder} became full during the copy. Nothing was written; free some space or choose another disk, then try again.</source>
        <translation>Disken för {folder} blev full under kopieringen. Ingenting skrevs; frigör utrymme eller välj en annan disk och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not made out to {host}, so the connection was refused: it could be another computer posing as the server. Ask IT to check the server name in the site configuration and the server&apos;s certificate.</source>
        <translation>Databasserverns certifikat är inte utfärdat för {host}, så anslutningen avvisades: en annan dator kunde utge sig för att vara servern. Be IT kontrollera servernamnet i installationsinställningarna och serverns certifikat.</translation>
    </message>
    <message>
        <source>The database server {host} showed a certificate that the site&apos;s certificate authority did not sign, so the connection was refused. Ask IT to check the CA file (sslrootcert) in the site configuration.</source>
        <translation>Databasservern {host} visade ett certifikat som organisationens certifikatutfärdare inte har signerat, så anslutningen avvisades. Be IT kontrollera CA-filen (sslrootcert) i installationsinställningarna.</translation>
    </message>
    <message>
        <source>There is no CA certificate on this computer to check the database server {host} with, so the connection was refused. Ask IT for the site configuration and its CA file.</source>
        <translation>Det finns inget CA-certifikat på den här datorn att kontrollera databasservern {host} med, så anslutningen avvisades. Be IT om installationsinställningarna och deras CA-fil.</translation>
    </message>
    <message>
        <source>The database server {host} does not offer an encrypted connection, which this workstation requires. Ask IT to turn on TLS on the server.</source>
        <translation>Databasservern {host} erbjuder ingen krypterad anslutning, vilket den här arbetsstationen kräver. Be IT slå på TLS på servern.</translation>
    </message>
    <message>
        <source>The encrypted connection to the database server {host} failed. Ask IT to check the server&apos;s certificate and the site configuration.</source>
        <translation>Den krypterade anslutningen till databasservern {host} misslyckades. Be IT kontrollera serverns certifikat och installationsinställningarna.</translation>
    </message>
    <message>
        <source>This database has been updated for a newer version of Palvelutiski. Update Palvelutiski on this computer (ask IT), then sign in again.</source>
        <translation>Databasen har uppdaterats för en nyare version av Palvelutiski. Uppdatera Palvelutiski på den här datorn (be IT) och logga sedan in igen.</translation>
    </message>
    <message>
        <source>This database is from an older version of Palvelutiski and must be updated first. Ask the administrator to run &apos;palvelutiski-admin migrate&apos;; the desk never does it by itself.</source>
        <translation>Databasen är från en äldre version av Palvelutiski och måste uppdateras först. Be huvudanvändaren köra &apos;palvelutiski-admin migrate&apos;; disken gör det aldrig själv.</translation>
    </message>
    <message>
        <source>The connection to the database server {host} would not be encrypted, and the site configuration does not allow that. Ask IT to set sslmode = verify-full.</source>
        <translation>Anslutningen till databasservern {host} skulle inte vara krypterad, och installationsinställningarna tillåter inte det. Be IT ställa in sslmode = verify-full.</translation>
    </message>
    <message>
        <source>Nothing you recorded within the undo time ({minutes} min) is left to undo. Record the correct decision instead.</source>
        <translation>Det finns inget du antecknat inom ångertiden ({minutes} min) kvar att ångra. Anteckna det rätta beslutet i stället.</translation>
    </message>
    <message>
        <source>{column} contains invisible control or text-direction characters; remove them from the file.</source>
        <translation>{column} innehåller osynliga styr- eller textriktningstecken; ta bort dem ur filen.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <source>{count} recordings recorded as destroyed on {day}.</source>
        <translation>{count} inspelningar antecknades som förstörda {day}.</translation>
    </message>
    <message>
        <source>{count} recordings to destroy written to {file}: hand it to the phone system, then record its confirmation with: recordings confirm FILE.</source>
        <translation>{count} inspelningar att förstöra skrevs till {file}: lämna den till telefonsystemets förvaltare och anteckna sedan bekräftelsen med: recordings confirm FIL.</translation>
    </message>
    <message>
        <source>{count} references were not on the destruction list (or were confirmed already) and were left as they are:</source>
        <translation>{count} referenser fanns inte på förstöringslistan (eller var redan bekräftade) och lämnades som de var:</translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18): write why the data is changed, e.g. the customer&apos;s request and its reference.</source>
        <translation>Behandlingen av kundens uppgifter är begränsad (dataskyddsförordningen art. 18): skriv varför uppgifterna ändras, t.ex. kundens begäran och dess referens.</translation>
    </message>
    <message>
        <source>The customer has no open erasure request: register the letter first (Ctrl+N).</source>
        <translation>Kunden har ingen öppen begäran om radering: registrera brevet först (Ctrl+N).</translation>
    </message>
    <message>
        <source>Check the requester&apos;s identity before carrying out the erasure of {reference}.</source>
        <translation>Kontrollera den sökandes identitet innan raderingen enligt {reference} utförs.</translation>
    </message>
    <message>
        <source>The customer&apos;s data changed after the plan was shown: read the new plan and carry it out again.</source>
        <translation>Kundens uppgifter ändrades efter att planen visades: läs den nya planen och utför den på nytt.</translation>
    </message>
    <message>
        <source>The letter was not made: {problem} Nothing was printed.</source>
        <translation>Brevet skapades inte: {problem} Ingenting skrevs ut.</translation>
    </message>
    <message>
        <source>The content of letter {reference} was destroyed under the retention rules on {day}; its checksum, type and posting day are kept.</source>
        <translation>Innehållet i brevet {reference} förstördes enligt lagringsreglerna {day}; dess kontrollsumma, typ och postningsdag har bevarats.</translation>
    </message>
    <message>
        <source>Name the recipient of the export.</source>
        <translation>Ange mottagaren av uttaget.</translation>
    </message>
    <message>
        <source>Choose what the upheld objection stops.</source>
        <translation>Välj vilken behandling den godkända invändningen stoppar.</translation>
    </message>
    <message>
        <source>Name the processing the customer objects to.</source>
        <translation>Ange den behandling som kunden invänder mot.</translation>
    </message>
    <message>
        <source>Write the reasons for the decision: the reply tells them to the customer.</source>
        <translation>Skriv motiveringen till beslutet: svaret berättar den för kunden.</translation>
    </message>
    <message>
        <source>The customer has no objection request being prepared: register the letter and check the identity first.</source>
        <translation>Kunden har ingen invändning under beredning: registrera brevet och kontrollera identiteten först.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice.</source>
        <translation>De två nya lösenorden är inte lika. Skriv det nya lösenordet två gånger likadant.</translation>
    </message>
    <message>
        <source>Choose a password of your own: the new password must differ from the one that was set for you.</source>
        <translation>Välj ett eget lösenord: det nya lösenordet måste skilja sig från det som sattes åt dig.</translation>
    </message>
    <message>
        <source>Unknown language: {language}.</source>
        <translation>Okänt språk: {language}.</translation>
    </message>
    <message>
        <source>Data protection report {first}–{last}</source>
        <translation>Dataskyddsrapport {first}–{last}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Fördelning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation>Mottagna begäranden per månad</translation>
    </message>
    <message>
        <source>Answered on time per month (%)</source>
        <translation>Besvarade i tid per månad (%)</translation>
    </message>
    <message>
        <source>Days from receipt to the posted reply</source>
        <translation>Dagar från mottagande till postat svar</translation>
    </message>
    <message>
        <source>Replies posted</source>
        <translation>Postade svar</translation>
    </message>
    <message>
        <source>Answered on time %</source>
        <translation>Besvarade i tid %</translation>
    </message>
    <message>
        <source>Median days to reply</source>
        <translation>Median av svarsdagar</translation>
    </message>
    <message>
        <source>90th percentile of days to reply</source>
        <translation>90:e percentilen av svarsdagar</translation>
    </message>
    <message>
        <source>Requests paused for identity clarification</source>
        <translation>Begäranden pausade för utredning av identitet</translation>
    </message>
    <message>
        <source>Days paused</source>
        <translation>Pausade dagar</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Öppna vid periodens slut</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Call-recording objections %</source>
        <translation>Invändningar mot samtalsinspelning %</translation>
    </message>
    <message>
        <source>Made {day} {time} by {name}. Counts only: no customer is named.</source>
        <translation>Gjord {day} kl. {time} av {name}. Endast antal: ingen kund nämns.</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Mottagna begäranden</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Förlängningar av tidsfristen</translation>
    </message>
    <message>
        <source>Prohibitions and consents</source>
        <translation>Förbud och samtycken</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <source>Identity codes revealed per user are in the data protection officer&apos;s report (the audit log is theirs to read).</source>
        <translation>Visade personbeteckningar per användare finns i dataskyddsombudets rapport (loggen är dennes att läsa).</translation>
    </message>
    <message>
        <source>Identity codes revealed</source>
        <translation>Visade personbeteckningar</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Okänt rapportformat.</translation>
    </message>
    <message>
        <source>The report period ends before it begins.</source>
        <translation>Rapportperioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>A report covers at most {count} months.</source>
        <translation>En rapport omfattar högst {count} månader.</translation>
    </message>
    <message>
        <source>You are already working on this request.</source>
        <translation>Du handlägger redan denna begäran.</translation>
    </message>
    <message>
        <source>{count} recordings on the phone system&apos;s destruction list since {day} await its confirmation (recordings list / confirm).</source>
        <translation>{count} inspelningar på telefonsystemets förstöringslista sedan {day} väntar på dess bekräftelse (recordings list / confirm).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Interrupted: {count} items destroyed in finished batches are kept; the next run carries on.</source>
        <translation>Avbrutet: de {count} poster som förstördes i färdiga omgångar förblir förstörda; nästa körning fortsätter därifrån.</translation>
    </message>
    <message>
        <source>Nobody is working on this request.</source>
        <translation>Ingen handlägger denna begäran.</translation>
    </message>
    <message>
        <source>Write the reason for the restriction (e.g. the customer disputes the accuracy of the address).</source>
        <translation>Skriv orsaken till begränsningen (t.ex. kunden bestrider att adressen är riktig).</translation>
    </message>
    <message>
        <source>The restriction cannot end before today.</source>
        <translation>Begränsningen kan inte upphöra före i dag.</translation>
    </message>
    <message>
        <source>Write why the restriction is lifted (the customer has been told beforehand).</source>
        <translation>Skriv varför begränsningen hävs (kunden har meddelats i förväg).</translation>
    </message>
    <message>
        <source>Write who received the data.</source>
        <translation>Skriv vem som fick uppgifterna.</translation>
    </message>
    <message>
        <source>Write what data was disclosed.</source>
        <translation>Skriv vilka uppgifter som lämnades ut.</translation>
    </message>
    <message>
        <source>Choose the legal basis of the disclosure.</source>
        <translation>Välj den rättsliga grunden för utlämnandet.</translation>
    </message>
    <message>
        <source>A disclosure is recorded after it happened: the date cannot be in the future.</source>
        <translation>Ett utlämnande antecknas efter att det skett: datumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>Processing of this customer is already restricted; lift that restriction first to record another.</source>
        <translation>Behandlingen av kunden är redan begränsad; häv den först för att anteckna en ny.</translation>
    </message>
    <message>
        <source>Processing of this customer is not restricted.</source>
        <translation>Behandlingen av kunden är inte begränsad.</translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18): the data may not be disclosed on this basis. Only a legal claim (collection of an unpaid invoice) is allowed while the restriction holds.</source>
        <translation>Behandlingen av kunden är begränsad (dataskyddsförordningen art. 18): uppgifterna får inte lämnas ut på denna grund. Under begränsningen är endast ett rättsligt anspråk (indrivning av obetald faktura) tillåtet.</translation>
    </message>
    <message>
        <source>The customer&apos;s objection was upheld (GDPR Art. 21(1)): their data are no longer disclosed on this basis. Only legal claims (collection of an unpaid invoice) and statutory duties remain.</source>
        <translation>Kundens invändning har godkänts (dataskyddsförordningen art. 21.1): kundens uppgifter lämnas inte längre ut på denna grund. Endast rättsliga anspråk (indrivning av en obetald faktura) och lagstadgade skyldigheter återstår.</translation>
    </message>
    <message>
        <source>The utility profile of this database has no complete retention rules: run palvelutiski-admin migrate with the current program.</source>
        <translation>Bolagsprofilen i databasen saknar fullständiga lagringsregler: kör palvelutiski-admin migrate med programmets nuvarande version.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, allow_plaintext must be yes or no. Ask IT to correct it.</source>
        <translation>I installationsinställningarna {path} måste allow_plaintext vara yes eller no. Be IT rätta det.</translation>
    </message>
    <message>
        <source>The site configuration {path} must name the server (host) and the database (name) in its [database] section. Ask IT to correct it.</source>
        <translation>Installationsinställningarna {path} måste ange servern (host) och databasen (name) i avsnittet [database]. Be IT rätta dem.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, port must be a number, or one number per host. Ask IT to correct it.</source>
        <translation>I installationsinställningarna {path} måste port vara ett nummer, eller ett nummer per server. Be IT rätta det.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, sslmode must be one of {choices}. Ask IT to correct it.</source>
        <translation>I installationsinställningarna {path} måste sslmode vara något av följande: {choices}. Be IT rätta det.</translation>
    </message>
    <message>
        <source>The site configuration {path} has sslmode {mode}, which would send passwords and customer data unencrypted to another computer. Ask IT to use verify-full (or to set allow_plaintext = yes, if the network is protected otherwise).</source>
        <translation>Installationsinställningarna {path} har sslmode {mode}, vilket skulle skicka lösenord och kunddata okrypterade till en annan dator. Be IT använda verify-full (eller ställa in allow_plaintext = yes, om nätverket är skyddat på annat sätt).</translation>
    </message>
    <message>
        <source>In the site configuration {path}, language must be fi, sv or en. Ask IT to correct it.</source>
        <translation>I installationsinställningarna {path} måste language vara fi, sv eller en. Be IT rätta det.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, idle_lock_minutes must be a whole number from 1 to 480. Ask IT to correct it.</source>
        <translation>I installationsinställningarna {path} måste idle_lock_minutes vara ett heltal från 1 till 480. Be IT rätta det.</translation>
    </message>
    <message>
        <source>The site configuration {path} does not exist. Ask IT to correct the path.</source>
        <translation>Installationsinställningarna {path} finns inte. Be IT rätta sökvägen.</translation>
    </message>
    <message>
        <source>The site configuration {path} cannot be read ({reason}). Ask IT to correct it.</source>
        <translation>Installationsinställningarna {path} kan inte läsas ({reason}). Be IT rätta dem.</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>fel lösenord</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>kontot avaktiverat</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>kontot låst</translation>
    </message>
    <message>
        <source>unknown username</source>
        <translation>okänt användarnamn</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>e-postadresser</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postadress</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>granskningsloggen</translation>
    </message>
    <message>
        <source>who opened the customer</source>
        <translation>vem som öppnade kunden</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referens</translation>
    </message>
    <message>
        <source>call</source>
        <translation>samtal</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunder</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>poster</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>sidor</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>ändamål</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>posted on</source>
        <translation>postat</translation>
    </message>
    <message>
        <source>until</source>
        <translation>till och med</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>{decision}: {purpose}, {channel} (source: {source})</source>
        <translation>{decision}: {purpose}, {channel} (källa: {source})</translation>
    </message>
    <message>
        <source>{reference}: {source} → {target}</source>
        <translation>{reference}: {source} → {target}</translation>
    </message>
    <message>
        <source>A customer was found</source>
        <translation>En kund hittades</translation>
    </message>
    <message>
        <source>No customer was found</source>
        <translation>Ingen kund hittades</translation>
    </message>
    <message>
        <source>No direct marketing of any kind: {events} entries (source: {source})</source>
        <translation>Ingen direktmarknadsföring alls: {events} poster (källa: {source})</translation>
    </message>
    <message>
        <source>{reference}: customer identified</source>
        <translation>{reference}: kunden identifierad</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Nekad: {reason}</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Låst till {time}</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Angiven orsak: {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Ändrat: {fields}</translation>
    </message>
    <message>
        <source>Mistaken entries taken back: {events}</source>
        <translation>Felaktiga poster återtagna: {events}</translation>
    </message>
    <message>
        <source>Call {call}, {direction}</source>
        <translation>Samtal {call}, {direction}</translation>
    </message>
    <message>
        <source>Call {call}; recording notice given: {notice}; customer objected: {objected}</source>
        <translation>Samtal {call}; meddelande om inspelning givet: {notice}; kunden motsatte sig: {objected}</translation>
    </message>
    <message>
        <source>Linked to call {call}</source>
        <translation>Kopplad till samtal {call}</translation>
    </message>
    <message>
        <source>Note of {length} characters</source>
        <translation>Anteckning, {length} tecken</translation>
    </message>
    <message>
        <source>{reference}: {type}, received as {channel}</source>
        <translation>{reference}: {type}, inkom: {channel}</translation>
    </message>
    <message>
        <source>{reference}: from {source} to {target}</source>
        <translation>{reference}: handläggare {source} → {target}</translation>
    </message>
    <message>
        <source>{reference}: {type}, pages: {pages}</source>
        <translation>{reference}: {type}, sidor: {pages}</translation>
    </message>
    <message>
        <source>Letter {letter} ({reference})</source>
        <translation>Brev {letter} ({reference})</translation>
    </message>
    <message>
        <source>Letter {letter} posted on {day}</source>
        <translation>Brev {letter} postat {day}</translation>
    </message>
    <message>
        <source>{username}, role: {role}</source>
        <translation>{username}, roll: {role}</translation>
    </message>
    <message>
        <source>User {username}</source>
        <translation>Användare {username}</translation>
    </message>
    <message>
        <source>Suppression list: {purpose}, {channel}, rows: {rows}</source>
        <translation>Spärrlista: {purpose}, {channel}, rader: {rows}</translation>
    </message>
    <message>
        <source>File {file}: {customers} customers ({encoding})</source>
        <translation>Fil {file}: {customers} kunder ({encoding})</translation>
    </message>
    <message>
        <source>Profile {profile}, administrator {admin}, database {dialect}</source>
        <translation>Profil {profile}, huvudanvändare {admin}, databas {dialect}</translation>
    </message>
    <message>
        <source>Read: {view}</source>
        <translation>Läst: {view}</translation>
    </message>
    <message>
        <source>{customers} demo customers (seed {seed})</source>
        <translation>{customers} demokunder (frö {seed})</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Kundens begäran</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key of the database {path}, so its identity codes and bank accounts cannot be read. The administrator can restore access with the recovery key: palvelutiski-admin --db {path} rekey --ask-recovery-key</source>
        <translation>Den här datorns nyckelring innehåller inte nyckeln till databasen {path}, så dess personbeteckningar och bankkonton kan inte läsas. Huvudanvändaren kan återställa åtkomsten med återställningsnyckeln: palvelutiski-admin --db {path} rekey --ask-recovery-key</translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager) to keep the database&apos;s encryption key in. Enable one, or use PostgreSQL.</source>
        <translation>Den här datorn har ingen lösenordsnyckelring (såsom GNOME Keyring, KWallet eller Windows Credential Manager) att förvara databasens krypteringsnyckel i. Aktivera en, eller använd PostgreSQL.</translation>
    </message>
    <message>
        <source>The recovery key does not open this database. Check it against the printed copy (8 groups of 4 letters and digits).</source>
        <translation>Återställningsnyckeln öppnar inte den här databasen. Kontrollera den mot den utskrivna kopian (8 grupper om 4 bokstäver och siffror).</translation>
    </message>
    <message>
        <source>Identity-code searches are suspended for your user name after too many searches that found nobody. Ask a supervisor to release them.</source>
        <translation>Sökningar på personbeteckning har stängts av för ditt användarnamn efter för många sökningar som inte hittade någon. Be en förman att öppna dem igen.</translation>
    </message>
    <message>
        <source>The database server {host} cannot be reached. Check the network connection, or ask IT whether the server is running; then try again.</source>
        <translation>Databasservern {host} går inte att nå. Kontrollera nätverksanslutningen eller fråga IT om servern är igång, och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection, or ask IT whether the server is running; then try again.</source>
        <translation>Databasservern går inte att nå. Kontrollera nätverksanslutningen eller fråga IT om servern är igång, och försök sedan igen.</translation>
    </message>
    <message>
        <source>A colleague changed this customer&apos;s data a moment ago, so your changes were not saved. The card has been reloaded with their changes.</source>
        <translation>En kollega ändrade just den här kundens uppgifter, så dina ändringar sparades inte. Kortet har laddats om med kollegans ändringar.</translation>
    </message>
    <message>
        <source>A colleague ({actor}) signed this request off a moment ago — it has been reloaded.</source>
        <translation>En kollega ({actor}) godkände just den här begäran – den har laddats om.</translation>
    </message>
    <message>
        <source>A colleague ({actor}) reassigned this request to {username} a moment ago — it has been reloaded.</source>
        <translation>En kollega ({actor}) överförde just den här begäran till {username} – den har laddats om.</translation>
    </message>
    <message>
        <source>A colleague ({actor}) changed this request a moment ago — it has been reloaded. Check it and try again if it is still needed.</source>
        <translation>En kollega ({actor}) ändrade just den här begäran – den har laddats om. Kontrollera den och försök igen om det fortfarande behövs.</translation>
    </message>
    <message>
        <source>Posti/DVV update</source>
        <translation>Posti/MDB-uppdatering</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>Det finns ingen databasfil på {path}.</translation>
    </message>
    <message>
        <source>The file {path} is not an initialised Palvelutiski database.</source>
        <translation>Filen {path} är inte en initierad Palvelutiski-databas.</translation>
    </message>
    <message>
        <source>There is no database {name} on the server.</source>
        <translation>Det finns ingen databas {name} på servern.</translation>
    </message>
    <message>
        <source>The database has no controller profile; run palvelutiski-admin init first.</source>
        <translation>Databasen saknar den personuppgiftsansvariges profil; kör först palvelutiski-admin init.</translation>
    </message>
    <message>
        <source>A call is inbound or outbound.</source>
        <translation>Ett samtal är inkommande eller utgående.</translation>
    </message>
    <message>
        <source>Call {call_id} does not exist.</source>
        <translation>Samtal {call_id} finns inte.</translation>
    </message>
    <message>
        <source>The call has already ended.</source>
        <translation>Samtalet har redan avslutats.</translation>
    </message>
    <message>
        <source>This call is already attached to another customer.</source>
        <translation>Samtalet är redan kopplat till en annan kund.</translation>
    </message>
    <message>
        <source>The customer has objected; the recording was stopped and stays stopped.</source>
        <translation>Kunden har motsatt sig; inspelningen stoppades och förblir stoppad.</translation>
    </message>
    <message>
        <source>The notice has already been marked as given.</source>
        <translation>Meddelandet har redan markerats som givet.</translation>
    </message>
    <message>
        <source>The call given as evidence is not a call with this customer.</source>
        <translation>Samtalet som angetts som bevis är inte ett samtal med den här kunden.</translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation>Den här datorn har inget lösenordsvalv (såsom GNOME Keyring, KWallet eller Windows Credential Manager), så lösenordet kan inte sparas säkert.</translation>
    </message>
    <message>
        <source>Customer {customer_id} does not exist.</source>
        <translation>Kund {customer_id} finns inte.</translation>
    </message>
    <message>
        <source>Choose why the card is opened: call, letter, request or correction.</source>
        <translation>Välj varför kortet öppnas: samtal, brev, begäran eller rättelse.</translation>
    </message>
    <message>
        <source>The postcode {value} belongs to {town}.</source>
        <translation>Postnumret {value} hör till {town}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and {maximum}.</source>
        <translation>Antalet demokunder måste vara mellan 1 och {maximum}.</translation>
    </message>
    <message>
        <source>The database is not initialised: run palvelutiski-admin init first.</source>
        <translation>Databasen är inte initierad: kör först palvelutiski-admin init.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-stdin.</source>
        <translation>Ingen terminal att fråga lösenordet i: använd --password-stdin.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Lösenord för {name}: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <source>There is no database file at {path}; create one with palvelutiski-admin init.</source>
        <translation>Det finns ingen databasfil på {path}; skapa en med palvelutiski-admin init.</translation>
    </message>
    <message>
        <source>Initialised {where} with profile {profile} (schema {schema}); administrator {admin} created.</source>
        <translation>Databasen {where} initierad med profilen {profile} (schema {schema}); administratören {admin} skapad.</translation>
    </message>
    <message>
        <source>Schema of {where}: {before} -&gt; {after}.</source>
        <translation>Schemat för {where}: {before} -&gt; {after}.</translation>
    </message>
    <message>
        <source>User {name} ({role}) created.</source>
        <translation>Användaren {name} ({role}) skapad.</translation>
    </message>
    <message>
        <source>User {name} deactivated.</source>
        <translation>Användaren {name} inaktiverad.</translation>
    </message>
    <message>
        <source>User {name} unlocked.</source>
        <translation>Användaren {name} upplåst.</translation>
    </message>
    <message>
        <source>Added {customers} demo customers ({rows} rows) to {where} in {seconds} s.</source>
        <translation>Lade till {customers} demokunder ({rows} rader) i {where} på {seconds} s.</translation>
    </message>
    <message>
        <source>Imported {count} customers from {file} ({encoding}, delimiter {delimiter}).</source>
        <translation>Importerade {count} kunder från {file} ({encoding}, avgränsare {delimiter}).</translation>
    </message>
    <message>
        <source>{path} exists already; choose a new file name.</source>
        <translation>{path} finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <source>The copy failed its integrity check: {result}</source>
        <translation>Kopian klarade inte integritetskontrollen: {result}</translation>
    </message>
    <message>
        <source>Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation>Loggkedjan är hel: {count} rader. Kvitto: {receipt}</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Inget lösenord på standardinmatningen.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Upprepa lösenordet: </translation>
    </message>
    <message>
        <source>Values encrypted now (identity codes, bank accounts, keys): {count}.</source>
        <translation>Nu krypterade värden (personbeteckningar, bankkonton, nycklar): {count}.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Inga användare.</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: {count} fel; ingenting importerades.</translation>
    </message>
    <message>
        <source>Audit log BROKEN: {problem}</source>
        <translation>Loggkedjan BRUTEN: {problem}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>fel: {message}</translation>
    </message>
    <message>
        <source>error: database {where}: {reason}</source>
        <translation>fel: databasen {where}: {reason}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>permission denied: {permission}</source>
        <translation>behörighet saknas: {permission}</translation>
    </message>
    <message>
        <source>Restored into {database} in {seconds} s. Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation>Återställt till {database} på {seconds} s. Loggkedjan är hel: {count} rader. Kvitto: {receipt}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <source>Backed up to {dest} with pg_dump ({size} bytes, {seconds} s). These roles must exist on the server you restore to (listed in {roles_file}): {roles}</source>
        <translation>Säkerhetskopierat med pg_dump till {dest} ({size} byte, {seconds} s). Dessa roller måste finnas på servern som du återställer till (förtecknade i {roles_file}): {roles}</translation>
    </message>
    <message>
        <source>Backed up to {dest} ({size} bytes, {seconds} s, integrity ok).</source>
        <translation>Säkerhetskopierat till {dest} ({size} byte, {seconds} s, integriteten i ordning).</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Återställer</translation>
    </message>
    <message>
        <source>Restored into {database}, but its audit log is BROKEN: {problem}</source>
        <translation>Återställt till {database}, men dess loggkedja är BRUTEN: {problem}</translation>
    </message>
    <message>
        <source>Recovery key of the database&apos;s encryption key, shown only now:

    {key}

Print it or write it down and keep it locked away from this computer. With it, palvelutiski-admin rekey --ask-recovery-key restores access to the identity codes and bank accounts on another computer or user account; without it and without this user&apos;s keyring they cannot be read.</source>
        <translation>Återställningsnyckel för databasens krypteringsnyckel, visas bara nu:

    {key}

Skriv ut den eller skriv ner den och förvara den inlåst, skild från den här datorn. Med den återställer palvelutiski-admin rekey --ask-recovery-key åtkomsten till personbeteckningarna och bankkontona på en annan dator eller ett annat användarkonto; utan den och utan den här användarens nyckelring kan de inte läsas.</translation>
    </message>
    <message>
        <source>The database now has a new encryption key in your keyring; the old recovery key no longer opens it.</source>
        <translation>Databasen har nu en ny krypteringsnyckel i din nyckelring; den gamla återställningsnyckeln öppnar den inte längre.</translation>
    </message>
    <message>
        <source>No recovery key on standard input.</source>
        <translation>Ingen återställningsnyckel på standardinmatningen.</translation>
    </message>
    <message>
        <source>No terminal to ask for the recovery key: use --recovery-key-stdin.</source>
        <translation>Ingen terminal att fråga efter återställningsnyckeln: använd --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Återställningsnyckel: </translation>
    </message>
    <message>
        <source>Nothing to do: a PostgreSQL database keeps these values from desk logins itself.</source>
        <translation>Inget att göra: en PostgreSQL-databas skyddar själv dessa värden från kundtjänstens inloggningar.</translation>
    </message>
    <message>
        <source>Privacy notice written to {file} ({pages} pages, {language}{draft}).</source>
        <translation>Dataskyddsbeskrivningen skrevs till {file} ({pages} sidor, {language}{draft}).</translation>
    </message>
    <message>
        <source>The profile lacks: {gaps}.</source>
        <translation>Profilen saknar: {gaps}.</translation>
    </message>
    <message>
        <source>Nothing written: complete the profile, or write a draft with --draft.</source>
        <translation>Ingenting skrevs: komplettera profilen eller skriv ett utkast med --draft.</translation>
    </message>
    <message>
        <source>, draft</source>
        <translation>, utkast</translation>
    </message>
    <message>
        <source>left</source>
        <translation>kvar</translation>
    </message>
    <message>
        <source>Report {first}–{last} written to {file}</source>
        <translation>Rapport {first}–{last} skriven till {file}</translation>
    </message>
    <message>
        <source>Due under the retention rules on {day} (nothing is changed; --apply carries it out):</source>
        <translation>Förfallet enligt lagringsreglerna {day} (ingenting ändras; --apply utför det):</translation>
    </message>
    <message>
        <source>Retention carried out: {total} items destroyed.</source>
        <translation>Lagringsreglerna utförda: {total} poster förstörda.</translation>
    </message>
    <message>
        <source>oldest {day}</source>
        <translation>äldsta {day}</translation>
    </message>
    <message>
        <source>{count} customers written to {file}</source>
        <translation>{count} kunder skrivna till {file}</translation>
    </message>
    <message>
        <source>The address needs more than five lines and does not fit the envelope window. Shorten it on the customer&apos;s card (for example the c/o line or a long name).</source>
        <translation>Adressen kräver fler än fem rader och ryms inte i kuvertets fönster. Förkorta den på kundkortet (till exempel c/o-raden eller ett långt namn).</translation>
    </message>
    <message>
        <source>The country code of the address is not known, so the envelope cannot name the country. Correct the country on the customer&apos;s card.</source>
        <translation>Adressens landskod är okänd, så kuvertet kan inte ange landets namn. Rätta landet på kundkortet.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen är tom: första raden måste ange kolumnerna.</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. The columns are listed in docs/csv-import.md.</source>
        <translation>Okända kolumner: {columns}. Kolumnerna finns i docs/csv-import.md.</translation>
    </message>
    <message>
        <source>Required columns missing: {columns}.</source>
        <translation>Obligatoriska kolumner saknas: {columns}.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Filen är varken UTF-8- eller Windows-1252-text.</translation>
    </message>
    <message>
        <source>The customer number {number} may contain only letters, digits and hyphens.</source>
        <translation>Kundnumret {number} får bara innehålla bokstäver, siffror och bindestreck.</translation>
    </message>
    <message>
        <source>The language must be fi, sv or en, not {value}.</source>
        <translation>Språket måste vara fi, sv eller en, inte {value}.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as FI or SE.</source>
        <translation>Landet måste vara en kod på två bokstäver, såsom FI eller SE.</translation>
    </message>
    <message>
        <source>The e-mail address {value} is not valid.</source>
        <translation>E-postadressen {value} är inte giltig.</translation>
    </message>
    <message>
        <source>The IBAN {value} is not valid.</source>
        <translation>IBAN {value} är inte giltigt.</translation>
    </message>
    <message>
        <source>The kind must be person or company, not {value}.</source>
        <translation>Typen måste vara person eller company, inte {value}.</translation>
    </message>
    <message>
        <source>hetu_temporary must be yes or no.</source>
        <translation>hetu_temporary måste vara yes eller no.</translation>
    </message>
    <message>
        <source>A person needs last_name.</source>
        <translation>En person behöver last_name.</translation>
    </message>
    <message>
        <source>A person has a personal identity code, not a Y-tunnus.</source>
        <translation>En person har en personbeteckning, inte ett FO-nummer.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {error}</source>
        <translation>Filen {file} kan inte läsas: {error}</translation>
    </message>
    <message>
        <source>The line has {found} fields; the header has {expected}.</source>
        <translation>Raden har {found} fält; rubrikraden har {expected}.</translation>
    </message>
    <message>
        <source>Customer number {number} is already in the database.</source>
        <translation>Kundnummer {number} finns redan i databasen.</translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} är längre än {limit} tecken.</translation>
    </message>
    <message>
        <source>{column} is missing.</source>
        <translation>{column} saknas.</translation>
    </message>
    <message>
        <source>Customer number {number} is repeated (first on line {first}).</source>
        <translation>Kundnummer {number} upprepas (första gången på rad {first}).</translation>
    </message>
    <message>
        <source>The postcode {postcode} is not five digits.</source>
        <translation>Postnumret {postcode} har inte fem siffror.</translation>
    </message>
    <message>
        <source>The phone number {value} has too few digits.</source>
        <translation>Telefonnumret {value} har för få siffror.</translation>
    </message>
    <message>
        <source>A company needs company_name.</source>
        <translation>Ett företag behöver company_name.</translation>
    </message>
    <message>
        <source>A company has a Y-tunnus, not a personal identity code.</source>
        <translation>Ett företag har ett FO-nummer, inte en personbeteckning.</translation>
    </message>
    <message>
        <source>The Y-tunnus {value} is not valid.</source>
        <translation>FO-numret {value} är inte giltigt.</translation>
    </message>
    <message>
        <source>The personal identity code is repeated (first on line {first}).</source>
        <translation>Personbeteckningen upprepas (första gången på rad {first}).</translation>
    </message>
    <message>
        <source>The personal identity code is already registered to a customer.</source>
        <translation>Personbeteckningen är redan registrerad på en kund.</translation>
    </message>
    <message>
        <source>The post town {town} does not belong to postcode {postcode}.</source>
        <translation>Postanstalten {town} hör inte till postnummer {postcode}.</translation>
    </message>
    <message>
        <source>Bad personal identity code: {reason}</source>
        <translation>Felaktig personbeteckning: {reason}</translation>
    </message>
    <message>
        <source>The database already holds too many customers for more demo data.</source>
        <translation>Databasen har redan för många kunder för mer demodata.</translation>
    </message>
    <message>
        <source>Demo customer numbers would clash with existing customers.</source>
        <translation>Demokundernas nummer skulle krocka med befintliga kunder.</translation>
    </message>
    <message>
        <source>Demo data clashes with data already in the database ({table}); use an empty database.</source>
        <translation>Demodata krockar med data som redan finns i databasen ({table}); använd en tom databas.</translation>
    </message>
    <message>
        <source>No controller profile is stored; initialise the database first.</source>
        <translation>Ingen profil för den personuppgiftsansvarige är sparad; initiera databasen först.</translation>
    </message>
    <message>
        <source>The customer has no postal address on record; a letter cannot be sent.</source>
        <translation>Kunden har ingen registrerad postadress; ett brev kan inte skickas.</translation>
    </message>
    <message>
        <source>The request is not matched to a customer yet; no letter can be sent.</source>
        <translation>Begäran är ännu inte kopplad till en kund; inget brev kan skickas.</translation>
    </message>
    <message>
        <source>Describe what was done: the reply tells the customer.</source>
        <translation>Beskriv vad som gjordes: svaret berättar det för kunden.</translation>
    </message>
    <message>
        <source>Request {request_id} does not exist.</source>
        <translation>Begäran {request_id} finns inte.</translation>
    </message>
    <message>
        <source>Letter {letter_id} does not exist.</source>
        <translation>Brev {letter_id} finns inte.</translation>
    </message>
    <message>
        <source>Profile file {file}: field {field} {problem}.</source>
        <translation>Profilfilen {file}: fältet {field} {problem}.</translation>
    </message>
    <message>
        <source>Profile file {file} does not contain a JSON object.</source>
        <translation>Profilfilen {file} innehåller inget JSON-objekt.</translation>
    </message>
    <message>
        <source>There is no utility profile called {key}; choose one of: {choices}.</source>
        <translation>Det finns ingen bolagsprofil som heter {key}; välj en av: {choices}.</translation>
    </message>
    <message>
        <source>Profile file {file} cannot be read: {error}</source>
        <translation>Profilfilen {file} kan inte läsas: {error}</translation>
    </message>
    <message>
        <source>Profile file {file} is not valid UTF-8 JSON: {error}</source>
        <translation>Profilfilen {file} är inte giltig UTF-8-JSON: {error}</translation>
    </message>
    <message>
        <source>Unknown request type.</source>
        <translation>Okänd typ av begäran.</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>Okänd kanal.</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>Mottagningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Unknown identity check method.</source>
        <translation>Okänt sätt att kontrollera identiteten.</translation>
    </message>
    <message>
        <source>The posting date cannot be in the future.</source>
        <translation>Postningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>Begäran är stängd.</translation>
    </message>
    <message>
        <source>Match the request to a customer before checking the identity.</source>
        <translation>Koppla begäran till en kund innan identiteten kontrolleras.</translation>
    </message>
    <message>
        <source>No printed letter of this request is waiting for posting.</source>
        <translation>Inget utskrivet brev för denna begäran väntar på att postas.</translation>
    </message>
    <message>
        <source>{username} is not an active agent or supervisor.</source>
        <translation>{username} är inte en aktiv kundtjänstmedarbetare eller chef.</translation>
    </message>
    <message>
        <source>The request is already assigned to {username}.</source>
        <translation>Begäran handläggs redan av {username}.</translation>
    </message>
    <message>
        <source>No customer has this identity code.</source>
        <translation>Ingen kund har den här personbeteckningen.</translation>
    </message>
    <message>
        <source>This database is already initialised (profile {profile}); nothing was changed.</source>
        <translation>Databasen är redan initierad (profil {profile}); ingenting ändrades.</translation>
    </message>
    <message>
        <source>The database was initialised, but the administrator could not be created ({reason}). Create one with: palvelutiski-admin create-user NAME --role admin</source>
        <translation>Databasen initierades, men huvudanvändaren kunde inte skapas ({reason}). Skapa en med: palvelutiski-admin create-user NAMN --role admin</translation>
    </message>
    <message>
        <source>The demo database is a SQLite file.</source>
        <translation>Demodatabasen är en SQLite-fil.</translation>
    </message>
    <message>
        <source>A username has 3–63 characters: lowercase letters a–z, digits, . - and _, starting with a letter (not pg_ or desk_).</source>
        <translation>Ett användarnamn har 3–63 tecken: små bokstäver a–z, siffror samt . - och _, och börjar med en bokstav (inte pg_ eller desk_).</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Lösenordet måste ha minst {n} tecken.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Lösenordet får inte vara användarnamnet.</translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation>Det finns ingen användare {username}.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>Användarnamnet {username} är redan upptaget.</translation>
    </message>
    <message>
        <source>Password of {name} set. They must choose a new one at their next sign-in.</source>
        <translation>Lösenordet för {name} har satts. Användaren måste välja ett nytt vid nästa inloggning.</translation>
    </message>
    <message>
        <source>Demo customers</source>
        <translation>Demokunder</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation>Avbrutet: ingenting ändrades.</translation>
    </message>
    <message>
        <source>{count} customers written to {file}; a disclosure to {recipient} recorded for each. Left out: {prohibited} prohibited or without consent, {restricted} restricted, {objected} by an upheld objection, {unreachable} without an address or contact.</source>
        <translation>{count} kunder skrevs till {file}; ett utlämnande till {recipient} registrerades för var och en. Utelämnade: {prohibited} med förbud eller utan samtycke, {restricted} med begränsad behandling, {objected} med godkänd invändning, {unreachable} utan adress eller kontaktuppgift.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Dataskyddsbegäran</translation>
    </message>
    <message>
        <source>Correction of data</source>
        <translation>Rättelse av uppgifter</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Customer&apos;s notice</source>
        <translation>Kundens anmälan</translation>
    </message>
    <message>
        <source>Data service company</source>
        <translation>Informationstjänstföretag</translation>
    </message>
    <message>
        <source>Previous system</source>
        <translation>Tidigare system</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Elnätsanslutning</translation>
    </message>
    <message>
        <source>Electricity transmission</source>
        <translation>Elöverföring</translation>
    </message>
    <message>
        <source>Electricity sales</source>
        <translation>Elförsäljning</translation>
    </message>
    <message>
        <source>District heating</source>
        <translation>Fjärrvärme</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Naturgas</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>Bredband</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>In collection</source>
        <translation>Hos inkasso</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Name and postal address</source>
        <translation>Namn och postadress</translation>
    </message>
    <message>
        <source>Name, postal address and phone number</source>
        <translation>Namn, postadress och telefonnummer</translation>
    </message>
    <message>
        <source>Name, postal address and e-mail address</source>
        <translation>Namn, postadress och e-postadress</translation>
    </message>
    <message>
        <source>Another workstation is saving to the database right now, so nothing was saved. Try again in a moment.</source>
        <translation>En annan arbetsstation sparar i databasen just nu, så ingenting sparades. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The connection to the database was lost, so the last action was not saved. Your input is kept; try again in a moment.</source>
        <translation>Anslutningen till databasen bröts, så den senaste åtgärden sparades inte. Det du skrivit finns kvar; försök igen om en stund.</translation>
    </message>
    <message>
        <source>A colleague changed the same data a moment ago, so nothing was saved. Look at the current data and try again.</source>
        <translation>En kollega ändrade samma uppgifter alldeles nyss, så ingenting sparades. Titta på de aktuella uppgifterna och försök igen.</translation>
    </message>
    <message>
        <source>A colleague saved the same entry a moment ago, so nothing was saved. Look at the current data and try again.</source>
        <translation>En kollega sparade samma post alldeles nyss, så ingenting sparades. Titta på de aktuella uppgifterna och försök igen.</translation>
    </message>
    <message>
        <source>What this refers to was removed a moment ago, so nothing was saved. Reload the view and try again.</source>
        <translation>Det som detta hänvisar till togs bort alldeles nyss, så ingenting sparades. Ladda om vyn och försök igen.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be stored (such as invisible control characters from pasted text), so nothing was saved. Remove them and try again.</source>
        <translation>Texten innehåller tecken som inte kan sparas (till exempel osynliga styrtecken från inklistrad text), så ingenting sparades. Ta bort dem och försök igen.</translation>
    </message>
    <message>
        <source>The database does not allow your role to do this, so nothing was saved. Ask the administrator if you need to.</source>
        <translation>Databasen tillåter inte din roll att göra detta, så ingenting sparades. Fråga administratören om du behöver det.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk of {path} (or ask IT to), then try again.</source>
        <translation>Disken är full: ingenting sparades. Frigör utrymme på disken där {path} finns (eller be IT göra det) och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing was saved. Tell IT; try again when space has been freed.</source>
        <translation>Databasserverns disk är full: ingenting sparades. Meddela IT och försök igen när utrymme har frigjorts.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved: ask IT to check the file&apos;s permissions ({path}).</source>
        <translation>Databasfilen är skrivskyddad, så ingenting sparades: be IT kontrollera filens behörigheter ({path}).</translation>
    </message>
    <message>
        <source>The database accepts no changes at the moment (it is read-only), so nothing was saved. Ask IT whether the database server is being maintained.</source>
        <translation>Databasen tar inte emot ändringar just nu (den är skrivskyddad), så ingenting sparades. Fråga IT om databasservern underhålls.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be used. Ask IT to restore it from the backup.</source>
        <translation>Databasfilen {path} är skadad och kan inte användas. Be IT återställa den från säkerhetskopian.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read or written (a disk or network drive problem). Ask IT to check it; nothing was saved.</source>
        <translation>Databasfilen {path} kan inte läsas eller skrivas (ett problem med disken eller nätverksenheten). Be IT kontrollera den; ingenting sparades.</translation>
    </message>
    <message>
        <source>The database has not been initialised: the identity-code key is missing.</source>
        <translation>Databasen har inte initierats: nyckeln för personbeteckningar saknas.</translation>
    </message>
    <message>
        <source>State the reason for showing the full personal identity code.</source>
        <translation>Ange orsaken till att hela personbeteckningen visas.</translation>
    </message>
    <message>
        <source>No personal identity code is recorded for this customer.</source>
        <translation>Ingen personbeteckning är registrerad för den här kunden.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printed by: {0}</source>
        <translation>Utskrivet av: {0}</translation>
    </message>
    <message>
        <source>Printed at: {0}</source>
        <translation>Utskrivet: {0}</translation>
    </message>
    <message>
        <source>Letters: {0}, pages: {1}</source>
        <translation>Brev: {0}, sidor: {1}</translation>
    </message>
    <message>
        <source>{0}. {1}  {2}  ({3} p.)</source>
        <translation>{0}. {1}  {2}  ({3} s.)</translation>
    </message>
    <message>
        <source>The stored letter {0} cannot be read.</source>
        <translation>Det sparade brevet {0} kan inte läsas.</translation>
    </message>
    <message>
        <source>The printer “{0}” is not available.</source>
        <translation>Skrivaren ”{0}” är inte tillgänglig.</translation>
    </message>
    <message>
        <source>The printer “{0}” reported an error.</source>
        <translation>Skrivaren ”{0}” rapporterade ett fel.</translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation>Utskriften misslyckades: {0}</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <source>Print letter</source>
        <translation>Skriv ut brevet</translation>
    </message>
    <message>
        <source>Access (inspection) request</source>
        <translation>Begäran om tillgång (granskning)</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <source>Objection / prohibition</source>
        <translation>Invändning / förbud</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Vid disken</translation>
    </message>
    <message>
        <source>E-mail with a signed attachment</source>
        <translation>E-post med undertecknad bilaga</translation>
    </message>
    <message>
        <source>Signature compared with the contract</source>
        <translation>Underskriften jämförd med avtalet</translation>
    </message>
    <message>
        <source>Photo ID seen at the desk (no copy kept)</source>
        <translation>Fotolegitimation visad vid disken (ingen kopia sparas)</translation>
    </message>
    <message>
        <source>Matches the address on record</source>
        <translation>Stämmer med den registrerade adressen</translation>
    </message>
    <message>
        <source>Access reply</source>
        <translation>Svar på begäran om tillgång</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>Identity clarification</source>
        <translation>Utredning av identiteten</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Meddelande om förlängd tidsfrist</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Prohibition confirmation</source>
        <translation>Bekräftelse av förbud</translation>
    </message>
    <message>
        <source>Rectification reply</source>
        <translation>Svar på begäran om rättelse</translation>
    </message>
    <message>
        <source>Erasure reply</source>
        <translation>Svar på begäran om radering</translation>
    </message>
    <message>
        <source>Objection reply</source>
        <translation>Svar på förbud eller invändning</translation>
    </message>
    <message>
        <source>Restriction reply</source>
        <translation>Svar på begäran om begränsning</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Det går inte</translation>
    </message>
</context>
</TS>
