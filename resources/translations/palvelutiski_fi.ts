<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AuditCountsModel</name>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
</context>
<context>
    <name>AuditItemsModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Write dates as d.m.yyyy, e.g. 1.3.2026.</source>
        <translation>Kirjoita päivämäärät muodossa p.k.vvvv, esim. 1.3.2026.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n rivi näkyvissä.</numerusform>
            <numerusform>%n riviä näkyvissä.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>Yksikään lokirivi ei vastaa hakua.</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Toimenpide</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Asti</translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation>A&amp;siakasnumero</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Kaikki toimenpiteet</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>&amp;Older rows</source>
        <translation>&amp;Vanhemmat rivit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Audit log rows</source>
        <translation>Audit-lokin rivit</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Loki</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Loki</translation>
    </message>
    <message>
        <source>Chain chec&amp;k</source>
        <translation>Ketjun &amp;tarkistus</translation>
    </message>
    <message>
        <source>&amp;Who opened a customer</source>
        <translation>&amp;Ketkä avasivat asiakkaan</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>about {0} min {1} s</source>
        <translation>noin {0} min {1} s</translation>
    </message>
    <message>
        <source>about {0} s</source>
        <translation>noin {0} s</translation>
    </message>
    <message>
        <source>Printing letters</source>
        <translation>Kirjeiden tulostus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Fetching the first letters…</source>
        <translation>Haetaan ensimmäisiä kirjeitä…</translation>
    </message>
    <message>
        <source>{0} (part {1} of {2})</source>
        <translation>{0} (osa {1}/{2})</translation>
    </message>
    <message>
        <source>Printing letter {0} of {1}…</source>
        <translation>Tulostetaan kirjettä {0}/{1}…</translation>
    </message>
    <message>
        <source>Time left: {0}</source>
        <translation>Aikaa jäljellä: {0}</translation>
    </message>
    <message>
        <source>Stopping: the letters already in the printer are finished first…</source>
        <translation>Keskeytetään: tulostimeen jo lähetetyt kirjeet tulostetaan ensin loppuun…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n letter(s) printed and recorded;</source>
        <translation>
            <numerusform>Keskeytetty: %n kirje tulostettu ja kirjattu;</numerusform>
            <numerusform>Keskeytetty: %n kirjettä tulostettu ja kirjattu;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting to be printed.</source>
        <translation>
            <numerusform>%n kirje odottaa yhä tulostusta.</numerusform>
            <numerusform>%n kirjettä odottaa yhä tulostusta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) before it were printed and recorded.</source>
        <translation>
            <numerusform>%n kirje ennen sitä tulostettiin ja kirjattiin.</numerusform>
            <numerusform>%n kirjettä ennen sitä tulostettiin ja kirjattiin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallCustomerDialog</name>
    <message>
        <source>Another customer during the call</source>
        <translation>Toinen asiakas puhelun aikana</translation>
    </message>
    <message>
        <source>The call with {caller} is going on. You are opening {customer}.</source>
        <translation>Puhelu asiakkaan {caller} kanssa on käynnissä. Olet avaamassa asiakasta {customer}.</translation>
    </message>
    <message>
        <source>&amp;1  Same caller (e.g. a family member): link {customer} to this call</source>
        <translation>&amp;1  Sama soittaja (esim. perheenjäsen): liitä {customer} tähän puheluun</translation>
    </message>
    <message>
        <source>&amp;2  A new call: end the call with {caller} (its notes are saved) and start one with {customer}</source>
        <translation>&amp;2  Uusi puhelu: lopeta puhelu asiakkaan {caller} kanssa (muistiinpanot tallennetaan) ja aloita uusi asiakkaan {customer} kanssa</translation>
    </message>
    <message>
        <source>&amp;3  Not for this call: choose why {customer} is opened</source>
        <translation>&amp;3  Ei tätä puhelua varten: valitse, miksi {customer} avataan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>A call is already going on: {whose}. End it with F8 before starting a new one.</source>
        <translation>Puhelu on jo käynnissä: {whose}. Lopeta se F8:lla ennen uuden aloittamista.</translation>
    </message>
    <message>
        <source>The notes are too long to store: shorten them to {0} characters, then end the call.</source>
        <translation>Muistiinpanot ovat liian pitkät tallennettaviksi: lyhennä ne {0} merkkiin ja lopeta sitten puhelu.</translation>
    </message>
    <message>
        <source>No call. Press F2 when a call begins.</source>
        <translation>Ei puhelua. Paina F2, kun puhelu alkaa.</translation>
    </message>
    <message>
        <source>Call {ref} started {when} by {agent}</source>
        <translation>Puhelu {ref} alkoi {when}, vastaaja {agent}</translation>
    </message>
    <message>
        <source>Read to the customer ({language}, script version {version}):</source>
        <translation>Lue asiakkaalle ({language}, tekstin versio {version}):</translation>
    </message>
    <message>
        <source>Call: caller not identified yet (the first customer you open is the caller)</source>
        <translation>Puhelu: soittajaa ei ole vielä tunnistettu (ensimmäinen avaamasi asiakas on soittaja)</translation>
    </message>
    <message>
        <source>Call: {name}, {number}</source>
        <translation>Puhelu: {name}, {number}</translation>
    </message>
    <message>
        <source>also about: {0}</source>
        <translation>koskee myös: {0}</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} merkkiä</translation>
    </message>
    <message>
        <source>Call ended {0}.</source>
        <translation>Puhelu päättyi {0}.</translation>
    </message>
    <message>
        <source>The recording is destroyed by {0}.</source>
        <translation>Tallenne hävitetään viimeistään {0}.</translation>
    </message>
    <message>
        <source>The customer objected: recording stopped at {0}.</source>
        <translation>Asiakas kielsi tallennuksen: tallennus pysäytettiin {0}.</translation>
    </message>
    <message>
        <source>Notice given and accepted: the call is recorded.</source>
        <translation>Ilmoitus annettu ja hyväksytty: puhelu tallennetaan.</translation>
    </message>
    <message>
        <source>Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).</source>
        <translation>Ilmoitusta ei ole vielä annettu: lue yllä oleva teksti ja paina sitten F6 (hyväksyi) tai F7 (kielsi).</translation>
    </message>
    <message>
        <source>Notice given – accepted (F6)</source>
        <translation>Ilmoitus annettu – hyväksyi (F6)</translation>
    </message>
    <message>
        <source>Objected – stop recording (F7)</source>
        <translation>Kielsi – pysäytä tallennus (F7)</translation>
    </message>
    <message>
        <source>End call (F8)</source>
        <translation>Lopeta puhelu (F8)</translation>
    </message>
    <message>
        <source>Call notes (Ctrl+Shift+N):</source>
        <translation>Puhelun muistiinpanot (Ctrl+Shift+N):</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Uusi puhelu</translation>
    </message>
    <message>
        <source>Recording notice given, customer accepted</source>
        <translation>Tallennusilmoitus annettu, asiakas hyväksyi</translation>
    </message>
    <message>
        <source>Customer objected to recording: stop recording</source>
        <translation>Asiakas kielsi tallennuksen: pysäytä tallennus</translation>
    </message>
    <message>
        <source>Write call notes</source>
        <translation>Kirjoita puhelun muistiinpanot</translation>
    </message>
    <message>
        <source>End the call (with the notes)</source>
        <translation>Lopeta puhelu (muistiinpanoineen)</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Ei päätetty</translation>
    </message>
</context>
<context>
    <name>CardFlow</name>
    <message>
        <source>the caller</source>
        <translation>soittajan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The contact data of {0} has changes that are not saved.</source>
        <translation>Asiakkaan {0} yhteystiedoissa on tallentamattomia muutoksia.</translation>
    </message>
    <message>
        <source>Save them, discard them, or cancel to go on editing.</source>
        <translation>Tallenna ne, hylkää ne tai peruuta ja jatka muokkaamista.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>CardRequestLinks</name>
    <message>
        <source>New written request…</source>
        <translation>Uusi kirjallinen pyyntö…</translation>
    </message>
    <message>
        <source>Register a letter from this customer (Ctrl+N)</source>
        <translation>Kirjaa tämän asiakkaan kirje (Ctrl+N)</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the request</source>
        <translation>Kaksoisnapsautus tai Enter avaa pyynnön</translation>
    </message>
    <message>
        <source>Double-click or Enter shows the letter and lets you print it again</source>
        <translation>Kaksoisnapsautus tai Enter näyttää kirjeen, ja sen voi tulostaa uudelleen</translation>
    </message>
    <message>
        <source>Request {0} registered.</source>
        <translation>Pyyntö {0} kirjattu.</translation>
    </message>
    <message>
        <source>Printing {0} …</source>
        <translation>Tulostetaan {0} …</translation>
    </message>
    <message>
        <source>Printed again; the reprint is recorded in the audit log.</source>
        <translation>Tulostettu uudelleen; uusintatulostus on kirjattu tapahtumalokiin.</translation>
    </message>
    <message>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation>Tulostettu. Laita kirje ikkunakuoreen ja merkitse se postitetuksi.</translation>
    </message>
</context>
<context>
    <name>CardRights</name>
    <message>
        <source>Processing restricted. The card shows the banner.</source>
        <translation>Käsittely rajoitettu. Kortin yläreunassa näkyy rajoituksen ilmoitus.</translation>
    </message>
    <message>
        <source>The erasure was carried out; the card shows what is left.</source>
        <translation>Poisto tehtiin; kortilla näkyy, mitä jäi.</translation>
    </message>
    <message>
        <source>The decision was recorded for request {0}; its reply prints it.</source>
        <translation>Päätös kirjattiin pyynnölle {0}; sen vastaus tulostaa päätöksen.</translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation>Poista käsittelyn rajoitus</translation>
    </message>
    <message>
        <source>Why is the restriction lifted? Tell the customer before lifting it (GDPR Art. 18(3)).</source>
        <translation>Miksi rajoitus poistetaan? Kerro asiakkaalle ennen poistamista (tietosuoja-asetus 18 art. 3 kohta).</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Poista rajoitus</translation>
    </message>
    <message>
        <source>The restriction was lifted.</source>
        <translation>Rajoitus poistettiin.</translation>
    </message>
    <message>
        <source>The disclosure was recorded.</source>
        <translation>Luovutus kirjattiin.</translation>
    </message>
    <message>
        <source>Processing is restricted</source>
        <translation>Käsittely on rajoitettu</translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18). Why is the data changed? E.g. the customer&apos;s request and its reference.</source>
        <translation>Asiakkaan tietojen käsittely on rajoitettu (tietosuoja-asetus 18 art.). Miksi tietoja muutetaan? Esim. asiakkaan pyyntö ja sen tunnus.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Tietosuoja</translation>
    </message>
    <message>
        <source>Restrict processing ({0}), erasure plan ({1}), objection ({2})</source>
        <translation>Rajoita käsittelyä ({0}), poistosuunnitelma ({1}), vastustaminen ({2})</translation>
    </message>
    <message>
        <source>Decide an objection …</source>
        <translation>Vastustamispäätös …</translation>
    </message>
    <message>
        <source>Print the privacy notice …</source>
        <translation>Tulosta tietosuojaseloste …</translation>
    </message>
    <message>
        <source>The register description (GDPR Art. 13/14) in the customer&apos;s language: preview and print</source>
        <translation>Rekisteri- ja tietosuojaseloste (tietosuoja-asetus 13 ja 14 artikla) asiakkaan kielellä: esikatselu ja tulostus</translation>
    </message>
    <message>
        <source>Restrict processing …</source>
        <translation>Rajoita käsittelyä …</translation>
    </message>
    <message>
        <source>GDPR Art. 18: only storage while it holds</source>
        <translation>Tietosuoja-asetus 18 art.: rajoituksen aikana tiedot vain säilytetään</translation>
    </message>
    <message>
        <source>Erasure plan …</source>
        <translation>Poistosuunnitelma …</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <source>Postal addresses (newest first)</source>
        <translation>Postiosoitteet (uusin ensin)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nykyinen</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Pankkitilit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Usage sites</source>
        <translation>Käyttöpaikat</translation>
    </message>
    <message>
        <source>Metering point</source>
        <translation>Käyttöpaikkatunnus</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>Hyödyke</translation>
    </message>
    <message>
        <source>Consumption per year</source>
        <translation>Kulutus vuosittain</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Calls (newest first)</source>
        <translation>Puhelut (uusin ensin)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Tallenne</translation>
    </message>
    <message>
        <source>Destroy by</source>
        <translation>Hävitetään</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>objected, stopped {0}</source>
        <translation>kielsi, pysäytetty {0}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>{0}, destroyed on {1}</source>
        <translation>{0}, tuhottu {1}</translation>
    </message>
    <message>
        <source>{0}, on the phone system&apos;s destruction list since {1}</source>
        <translation>{0}, puhelinjärjestelmän tuhottavien listalla {1} alkaen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Rekisteröidyn pyynnöt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivuja</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Disclosures to other recipients</source>
        <translation>Luovutukset muille vastaanottajille</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Who has looked at this customer (newest first)</source>
        <translation>Ketkä ovat katsoneet tämän asiakkaan tietoja (uusin ensin)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Notes on the customer (newest first)</source>
        <translation>Muistiinpanot asiakkaasta (uusin ensin)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Kirjoitettu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Valitse uusi salasana</translation>
    </message>
    <message>
        <source>{who} set a new password for you on {moment}. Choose a password of your own before you continue: nobody else should know it. If you did not ask for this, tell your supervisor.</source>
        <translation>{who} asetti sinulle uuden salasanan {moment}. Valitse oma salasana ennen kuin jatkat: kenenkään muun ei pidä tietää sitä. Jos et pyytänyt tätä, kerro esimiehellesi.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Uusi salasana:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Uusi salasana &amp;uudelleen:</translation>
    </message>
    <message>
        <source>At least {n} characters, not your user name.</source>
        <translation>Vähintään {n} merkkiä, ei käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Vaihda salasana</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
</context>
<context>
    <name>ClaimBar</name>
    <message>
        <source>Take it on</source>
        <translation>Ota käsittelyyn</translation>
    </message>
    <message>
        <source>Work on this request yourself: everyone sees that you handle it</source>
        <translation>Käsittele pyyntö itse: kaikki näkevät, että käsittelet sitä</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vapauta</translation>
    </message>
    <message>
        <source>Give the request back to the queue</source>
        <translation>Palauta pyyntö jonoon</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Ota itsellesi</translation>
    </message>
    <message>
        <source>You are handling this request (last activity {0}).</source>
        <translation>Käsittelet tätä pyyntöä (viimeksi {0}).</translation>
    </message>
    <message>
        <source>{0} is handling this request (last activity {1}).</source>
        <translation>{0} käsittelee tätä pyyntöä (viimeksi {1}).</translation>
    </message>
    <message>
        <source>Released automatically on {0}: {1} had not worked on it since {2}. Nobody is handling it now.</source>
        <translation>Vapautettu automaattisesti {0}: {1} ei ollut käsitellyt sitä {2} jälkeen. Kukaan ei käsittele sitä nyt.</translation>
    </message>
    <message>
        <source>Nobody is handling this request.</source>
        <translation>Kukaan ei käsittele tätä pyyntöä.</translation>
    </message>
</context>
<context>
    <name>ConsentsWidget</name>
    <message>
        <source>No direct marketing of any kind</source>
        <translation>Ei minkäänlaista suoramarkkinointia</translation>
    </message>
    <message>
        <source>Prohibit or lift the selected purpose and channel</source>
        <translation>Kiellä valittu tarkoitus ja kanava tai poista kielto</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Tallennetaan …</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Ei suostumusta</translation>
    </message>
    <message>
        <source>Allowed (ASML ended {0})</source>
        <translation>Sallittu (ASML päättyi {0})</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Sallittu</translation>
    </message>
    <message>
        <source>Prohibited ({0})</source>
        <translation>Kielletty ({0})</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>{0} asti</translation>
    </message>
    <message>
        <source>Undo the prohibition entry just recorded</source>
        <translation>Peru juuri kirjattu kieltomerkintä</translation>
    </message>
    <message>
        <source>Record prohibitions</source>
        <translation>Kirjaa kiellot</translation>
    </message>
    <message>
        <source>Record for {customer}:</source>
        <translation>Kirjataan asiakkaalle {customer}:</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Lähde: {0}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Mitään ei kirjattu.</translation>
    </message>
    <message>
        <source>Recorded for {customer}: {what}.</source>
        <translation>Kirjattu asiakkaalle {customer}: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>A mistake? Undo within %n minute(s) ({0}).</source>
        <translation>
            <numerusform>Virhe? Peru %n minuutin kuluessa ({0}).</numerusform>
            <numerusform>Virhe? Peru %n minuutin kuluessa ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry was undone for {customer}; the correction is in the history.</source>
        <translation>Merkintä peruttiin asiakkaalta {customer}; korjaus näkyy historiassa.</translation>
    </message>
    <message>
        <source>(correction of a mistaken entry)</source>
        <translation>(virheellisen merkinnän korjaus)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>ASML valid &amp;until:</source>
        <translation>ASML voimassa &amp;asti:</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>Historia (uusin ensin)</translation>
    </message>
    <message>
        <source>Undo the entry ({0})</source>
        <translation>Peru merkintä ({0})</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Changes saved now are part of rectification request {0}: its reply lists them, old and new.</source>
        <translation>Nyt tallennetut muutokset kuuluvat oikaisupyynnön {0} käsittelyyn: vastaus luettelee ne vanhoine ja uusine arvoineen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Korjaa merkityt kentät.</translation>
    </message>
    <message>
        <source>Processing is restricted: give the reason for the change.</source>
        <translation>Käsittely on rajoitettu: kirjoita muutoksen peruste.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Tallennetaan …</translation>
    </message>
    <message>
        <source>Saved; the change is recorded for request {0} and its reply.</source>
        <translation>Tallennettu; muutos kirjattu pyynnölle {0} ja sen vastaukseen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Your input is kept in the form. The card now shows the other user&apos;s changes; check them and save again if yours should replace them.</source>
        <translation>Syöttämäsi tiedot ovat tallessa lomakkeella. Kortilla näkyvät nyt toisen käyttäjän muutokset; tarkista ne ja tallenna uudelleen, jos omiesi pitää korvata ne.</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Puhelinnumerot:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;Sähköpostiosoitteet:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>c/&amp;o:</source>
        <translation>c/&amp;o:</translation>
    </message>
    <message>
        <source>St&amp;reet address:</source>
        <translation>&amp;Katuosoite:</translation>
    </message>
    <message>
        <source>Postco&amp;de:</source>
        <translation>Postinu&amp;mero:</translation>
    </message>
    <message>
        <source>Post &amp;town:</source>
        <translation>Postitoimi&amp;paikka:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567; +358 9 123 456</source>
        <translation>esim. 040 123 4567; +358 9 123 456</translation>
    </message>
    <message>
        <source>Save contact data (Ctrl+S)</source>
        <translation>Tallenna yhteystiedot (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save contact data</source>
        <translation>Tallenna yhteystiedot</translation>
    </message>
</context>
<context>
    <name>CustomerAccessesView</name>
    <message>
        <source>Enter a customer number.</source>
        <translation>Anna asiakasnumero.</translation>
    </message>
    <message numerus="yes">
        <source>{name}, customer {number}: %n audited action(s).</source>
        <translation>
            <numerusform>{name}, asiakas {number}: %n lokiin kirjattu toimenpide.</numerusform>
            <numerusform>{name}, asiakas {number}: %n lokiin kirjattua toimenpidettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer &amp;number</source>
        <translation>Asiakas&amp;numero</translation>
    </message>
    <message>
        <source>Show acc&amp;esses</source>
        <translation>Näytä &amp;käsittelyt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Audited actions on the customer</source>
        <translation>Asiakkaan lokiin kirjatut toimenpiteet</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>the customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>End the call (F8) before closing the card.</source>
        <translation>Lopeta puhelu (F8) ennen kortin sulkemista.</translation>
    </message>
    <message>
        <source>Opening …</source>
        <translation>Avataan …</translation>
    </message>
    <message>
        <source>No customer open</source>
        <translation>Ei avointa asiakasta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Kulutus</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Show the section: {0}</source>
        <translation>Näytä kortin osa: {0}</translation>
    </message>
    <message>
        <source>Card sections</source>
        <translation>Kortin osat</translation>
    </message>
    <message>
        <source>Next section of the card</source>
        <translation>Kortin seuraava osa</translation>
    </message>
    <message>
        <source>Previous section of the card</source>
        <translation>Kortin edellinen osa</translation>
    </message>
    <message>
        <source>Find the customer in the search on the left: a name in any order, customer number, street, phone, e-mail, metering point, business ID or a full identity code. Enter opens the customer chosen in the list.</source>
        <translation>Hae asiakas vasemmalta: nimi missä järjestyksessä tahansa, asiakasnumero, katuosoite, puhelin, sähköposti, käyttöpaikkatunnus, Y-tunnus tai koko henkilötunnus. Enter avaa listasta valitun asiakkaan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;F2&lt;/b&gt; starts a call: the recording notice to read appears above.</source>
        <translation>&lt;b&gt;F2&lt;/b&gt; aloittaa puhelun: luettava tallennusilmoitus tulee näkyviin yläpuolelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+N&lt;/b&gt; registers a written request that came by post.</source>
        <translation>&lt;b&gt;Ctrl+N&lt;/b&gt; kirjaa postitse tulleen kirjallisen pyynnön.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+0&lt;/b&gt; shows today&apos;s work; &lt;b&gt;F1&lt;/b&gt; lists every key.</source>
        <translation>&lt;b&gt;Alt+0&lt;/b&gt; näyttää päivän työt; &lt;b&gt;F1&lt;/b&gt; luettelee kaikki näppäimet.</translation>
    </message>
    <message>
        <source>Customer no. {number} · Language: {language} · Opened for: {purpose}</source>
        <translation>Asiakasnro {number} · Kieli: {language} · Avattu: {purpose}</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>Prohibitions</source>
        <translation>Kiellot</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Katseluloki</translation>
    </message>
    <message>
        <source>Show full code …</source>
        <translation>Näytä koko tunnus …</translation>
    </message>
    <message>
        <source>Show the full personal identity code (reason asked)</source>
        <translation>Näytä koko henkilötunnus (syy kysytään)</translation>
    </message>
    <message>
        <source>Edit contact data</source>
        <translation>Muokkaa yhteystietoja</translation>
    </message>
    <message>
        <source>Reload the card</source>
        <translation>Lataa kortti uudelleen</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Sulje kortti</translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <source>Match to a customer</source>
        <translation>Yhdistä asiakkaaseen</translation>
    </message>
    <message>
        <source>Search by name, customer no., address …</source>
        <translation>Hae nimellä, asiakasnumerolla, osoitteella …</translation>
    </message>
    <message>
        <source>Match to the selected customer</source>
        <translation>Yhdistä valittuun asiakkaaseen</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Opened</source>
        <translation>Avattu</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure of {0}&apos;s data</source>
        <translation>Kirjaa luovutus: {0}</translation>
    </message>
    <message>
        <source>Record what was handed over outside the desk. The customer&apos;s access reply lists it.</source>
        <translation>Kirjaa, mitä tietoja luovutettiin asiakaspalvelun ulkopuolelle. Asiakkaan tarkastusvastaus luettelee luovutukset.</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Vastaanottaja:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Oikeudellinen &amp;peruste:</translation>
    </message>
    <message>
        <source>&amp;What data:</source>
        <translation>&amp;Mitä tietoja:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>P&amp;äivä:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>Processing is restricted: only a legal claim (collection of an unpaid invoice) may be disclosed.</source>
        <translation>Käsittely on rajoitettu: tietoja saa luovuttaa vain oikeudellisen vaateen vuoksi (maksamattoman laskun perintä).</translation>
    </message>
    <message>
        <source>Write the recipient and what data was disclosed.</source>
        <translation>Kirjoita vastaanottaja ja luovutetut tiedot.</translation>
    </message>
</context>
<context>
    <name>DisclosuresSection</name>
    <message>
        <source>Record a disclosure …</source>
        <translation>Kirjaa luovutus …</translation>
    </message>
</context>
<context>
    <name>ErasurePlanDialog</name>
    <message>
        <source>Erasure plan: {0}</source>
        <translation>Poistosuunnitelma: {0}</translation>
    </message>
    <message>
        <source>Reading the plan …</source>
        <translation>Luetaan suunnitelmaa …</translation>
    </message>
    <message>
        <source>Erasure plan</source>
        <translation>Poistosuunnitelma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Carry out the erasure …</source>
        <translation>Toteuta poisto …</translation>
    </message>
    <message>
        <source>The erasure was carried out for request {0}. The reply lists what was erased and kept.</source>
        <translation>Poisto tehtiin pyynnölle {0}. Vastaus luettelee, mitä poistettiin ja mitä säilytetään.</translation>
    </message>
    <message>
        <source>Nothing has been erased. The customer has no open erasure request: register the letter first (Ctrl+N). This is what an erasure would do today:</source>
        <translation>Mitään ei ole poistettu. Asiakkaalla ei ole avointa poistopyyntöä: kirjaa kirje ensin (Ctrl+N). Poisto tekisi tänään näin:</translation>
    </message>
    <message>
        <source>Nothing has been erased. Request {0}: check the requester&apos;s identity first. This is what the erasure would do today:</source>
        <translation>Mitään ei ole poistettu. Pyyntö {0}: tarkista ensin pyytäjän henkilöllisyys. Poisto tekisi tänään näin:</translation>
    </message>
    <message>
        <source>Nothing has been erased yet. Request {0}: this is what the erasure will do. A supervisor carries it out.</source>
        <translation>Mitään ei ole vielä poistettu. Pyyntö {0}: poisto tekee näin. Esimies toteuttaa sen.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivejä</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Säilytetään asti</translation>
    </message>
    <message>
        <source>Nothing needs to be kept: the customer is anonymised once the reply is posted.</source>
        <translation>Mitään ei tarvitse säilyttää: asiakas anonymisoidaan, kun vastaus on postitettu.</translation>
    </message>
    <message>
        <source>Part of the data must be kept for the reasons shown; it is erased when they end.</source>
        <translation>Osa tiedoista on säilytettävä näytetyistä syistä; ne poistetaan, kun syyt päättyvät.</translation>
    </message>
    <message>
        <source>Tell these recipients of disclosures about the erasure (GDPR Art. 19): {0}</source>
        <translation>Ilmoita poistosta näille tietojen vastaanottajille (tietosuoja-asetus 19 art.): {0}</translation>
    </message>
    <message>
        <source>An erasure was already carried out for this customer.</source>
        <translation>Asiakkaalle on jo tehty poisto.</translation>
    </message>
    <message>
        <source>Carry out the erasure</source>
        <translation>Toteuta poisto</translation>
    </message>
    <message>
        <source>Delete the data marked “Delete” now, for request {0}? This cannot be undone.</source>
        <translation>Poistetaanko nyt tiedot, joiden kohdalla lukee ”Poista”, pyynnön {0} mukaisesti? Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>Poistetaan …</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Erääntyy 7 päivän kuluessa</translation>
    </message>
    <message>
        <source>Finnish-speaking</source>
        <translation>Suomenkieliset</translation>
    </message>
    <message>
        <source>Swedish-speaking</source>
        <translation>Ruotsinkieliset</translation>
    </message>
    <message>
        <source>English-speaking</source>
        <translation>Englanninkieliset</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>Kaikki käsittelijät</translation>
    </message>
    <message>
        <source>No handler</source>
        <translation>Ei käsittelijää</translation>
    </message>
    <message>
        <source>Any days left</source>
        <translation>Kaikki määräajat</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Selvittämättömät</translation>
    </message>
    <message>
        <source>Show the requests waiting for the requester to confirm their identity (clarification letter sent, clock paused). Those unconfirmed after the setting requests.abandoned_after_days (60 days unless set) are closed, with the reason in their history.</source>
        <translation>Näytä pyynnöt, joiden pyytäjän henkilöllisyyden vahvistusta odotetaan (selvityspyyntö lähetetty, määräaika keskeytetty). Asetuksen requests.abandoned_after_days (oletuksena 60 päivää) jälkeen vahvistamattomat suljetaan ja syy kirjataan niiden historiaan.</translation>
    </message>
    <message>
        <source>Saved views: filters you named</source>
        <translation>Tallennetut näkymät: nimeämäsi suodattimet</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Pyynnön tyyppi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Asiakkaan kieli</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Tallennetut näkymät</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Tallenna näkymä…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Poista näkymä</translation>
    </message>
    <message>
        <source>Views…</source>
        <translation>Näkymät…</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Tallenna näkymä</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Näkymän nimi:</translation>
    </message>
</context>
<context>
    <name>HetuReveal</name>
    <message>
        <source>Shown for {seconds} seconds, then masked again</source>
        <translation>Näkyy {seconds} sekuntia, sitten taas peitettynä</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Registered</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Customer matched</source>
        <translation>Yhdistetty asiakkaaseen</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Henkilöllisyys tarkistettu</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Tila muuttui</translation>
    </message>
    <message>
        <source>Identity clarification asked (clock paused)</source>
        <translation>Henkilöllisyyden selvitystä pyydetty (määräaika keskeytetty)</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>Määräaika jatkuu</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Käsittelijä vaihdettu</translation>
    </message>
    <message>
        <source>Taken for handling</source>
        <translation>Otettu käsittelyyn</translation>
    </message>
    <message>
        <source>Handling taken over</source>
        <translation>Käsittely otettu itselle</translation>
    </message>
    <message>
        <source>Handling released</source>
        <translation>Käsittely vapautettu</translation>
    </message>
    <message>
        <source>{0}: released automatically, no activity</source>
        <translation>{0}: vapautettu automaattisesti, ei toimia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New written request</source>
        <translation>Uusi kirjallinen pyyntö</translation>
    </message>
    <message>
        <source>Signed by the requester</source>
        <translation>Pyytäjän allekirjoittama</translation>
    </message>
    <message>
        <source>Search by name, customer no., address …</source>
        <translation>Hae nimellä, asiakasnumerolla, osoitteella …</translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation>Ei vielä tunnistettu</translation>
    </message>
    <message>
        <source>Archive or scan number of the letter</source>
        <translation>Kirjeen arkisto- tai skannausnumero</translation>
    </message>
    <message>
        <source>What does the customer ask for?</source>
        <translation>Mitä asiakas pyytää?</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Vastaanotettu:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>A&amp;siakas:</translation>
    </message>
    <message>
        <source>&amp;Scanned document:</source>
        <translation>S&amp;kannattu asiakirja:</translation>
    </message>
    <message>
        <source>&amp;Request text:</source>
        <translation>&amp;Pyynnön teksti:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Kirjaa</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
    <message>
        <source>Registering …</source>
        <translation>Kirjataan …</translation>
    </message>
</context>
<context>
    <name>InvoicesSection</name>
    <message numerus="yes">
        <source>Invoices: %n unpaid, {amount} in total</source>
        <translation>
            <numerusform>Laskut: %n maksamatta, yhteensä {amount}</numerusform>
            <numerusform>Laskut: %n maksamatta, yhteensä {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n erääntynyt</numerusform>
            <numerusform>%n erääntynyttä</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices: nothing unpaid</source>
        <translation>Laskut: ei maksamattomia</translation>
    </message>
    <message>
        <source>Invoices: none</source>
        <translation>Laskut: ei laskuja</translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n invoices are shown.</source>
        <translation>
            <numerusform>Näytetään uusimmat {shown}/%n laskusta.</numerusform>
            <numerusform>Näytetään uusimmat {shown}/%n laskusta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation>{state}, erääntynyt</translation>
    </message>
    <message>
        <source>Paid in the last 12 months: {amount}</source>
        <translation>Maksettu 12 kk aikana: {amount}</translation>
    </message>
    <message>
        <source>In collection: {agency}</source>
        <translation>Perinnässä: {agency}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>Billing system updated {when}</source>
        <translation>Laskutusjärjestelmä päivitetty {when}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Print preview – {0}</source>
        <translation>Tulostuksen esikatselu – {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivuja</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Postitettu</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>The desk is locked</source>
        <translation>Työpöytä on lukittu</translation>
    </message>
    <message>
        <source>Signed in: {who}. Type your password to continue; unsaved work is kept as it was.</source>
        <translation>Kirjautuneena: {who}. Jatka kirjoittamalla salasanasi; tallentamaton työ säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>Sign out and quit</source>
        <translation>Kirjaudu ulos ja lopeta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Preparing the demo database… The first start creates it, which takes a moment.</source>
        <translation>Valmistellaan esittelytietokantaa… Ensimmäisellä käynnistyskerralla se luodaan, mikä kestää hetken.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Kirjoita käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Kirjoita salasanasi.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Valitse tietokantatiedosto.</translation>
    </message>
    <message>
        <source>Type the database server&apos;s name.</source>
        <translation>Kirjoita tietokantapalvelimen nimi.</translation>
    </message>
    <message>
        <source>Type the database name.</source>
        <translation>Kirjoita tietokannan nimi.</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>Valitse uusi salasana jatkaaksesi.</translation>
    </message>
    <message>
        <source>Signed out: your password was not changed. Sign in again to choose a new one.</source>
        <translation>Kirjauduit ulos: salasanaasi ei vaihdettu. Kirjaudu uudelleen ja valitse uusi salasana.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Valitse tietokantatiedosto</translation>
    </message>
    <message>
        <source>Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Palvelutiski-tietokanta (*.sqlite3 *.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Path of the database file</source>
        <translation>Tietokantatiedoston polku</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Palvelimen nimi tai osoite</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation>Salasana säilytetään tämän tietokoneen salasanasäilössä, ei koskaan tiedostossa.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Palvelin:</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Tietokantapalvelin</translation>
    </message>
    <message>
        <source>encrypted, server certificate checked</source>
        <translation>salattu, palvelimen varmenne tarkistettu</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>salattu</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>tällä tietokoneella</translation>
    </message>
    <message>
        <source>not encrypted (allowed by the site configuration)</source>
        <translation>salaamaton (sallittu asennusasetuksissa)</translation>
    </message>
    <message>
        <source>{servers} / {database}
{security}</source>
        <translation>{servers} / {database}
{security}</translation>
    </message>
    <message>
        <source>Palvelutiski – sign in</source>
        <translation>Palvelutiski – kirjautuminen</translation>
    </message>
    <message>
        <source>Customer service desk – sign in with your personal user name.</source>
        <translation>Asiakaspalvelun työpöytä – kirjaudu henkilökohtaisella käyttäjätunnuksellasi.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>Shared database (PostgreSQL)</source>
        <translation>Yhteinen tietokanta (PostgreSQL)</translation>
    </message>
    <message>
        <source>Database file on this computer (SQLite)</source>
        <translation>Tietokantatiedosto tällä tietokoneella (SQLite)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>Tietokannan &amp;nimi:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Muista salasana tällä tietokoneella</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Palvelutiski</source>
        <translation>Tietoja Palvelutiskistä</translation>
    </message>
    <message>
        <source>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — the customer service desk of the utility&apos;s customer register.</source>
        <translation>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — energia- ja vesilaitoksen asiakasrekisterin asiakaspalvelutyöpöytä.</translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <translation>Tietokanta: {label}</translation>
    </message>
    <message>
        <source>A SQLite database file offers no protection against anyone who can copy it: whoever has the file can read every customer and every personal identity code in it. On a SQLite workstation, masking and roles are enforced by this application only.</source>
        <translation>SQLite-tietokantatiedosto ei suojaa tietoja keneltäkään, joka voi kopioida sen: tiedoston haltija voi lukea jokaisen asiakkaan ja jokaisen henkilötunnuksen. SQLite-työasemalla peittämisestä ja rooleista huolehtii vain tämä sovellus.</translation>
    </message>
    <message>
        <source>This desk uses the shared PostgreSQL database with your personal database login: the database server itself keeps full identity codes from roles that may not see them.</source>
        <translation>Tämä työpöytä käyttää yhteistä PostgreSQL-tietokantaa henkilökohtaisella tietokantatunnuksellasi: tietokantapalvelin itse estää kokonaiset henkilötunnukset rooleilta, jotka eivät saa nähdä niitä.</translation>
    </message>
    <message>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Tietokanta ei vastaa. Syöttämäsi tiedot säilyvät; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Istunto</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Lukitse työpöytä</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Find a customer</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <source>New &amp;call</source>
        <translation>Uusi &amp;puhelu</translation>
    </message>
    <message>
        <source>New written &amp;request…</source>
        <translation>Uusi kirjallinen p&amp;yyntö…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;About Palvelutiski</source>
        <translation>&amp;Tietoja Palvelutiskistä</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Write the note first.</source>
        <translation>Kirjoita ensin muistiinpano.</translation>
    </message>
    <message>
        <source>The note is too long: at most {0} characters fit.</source>
        <translation>Muistiinpano on liian pitkä: enintään {0} merkkiä mahtuu.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Tallennetaan …</translation>
    </message>
    <message>
        <source>The note was saved.</source>
        <translation>Muistiinpano tallennettiin.</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} merkkiä</translation>
    </message>
    <message>
        <source>&amp;New note (kept on the customer, part of an access reply):</source>
        <translation>&amp;Uusi muistiinpano (säilyy asiakkaalla, sisältyy tarkastusvastaukseen):</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation>Lisää muistiinpano (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Preparing the register description …</source>
        <translation>Laaditaan rekisteriselostetta …</translation>
    </message>
    <message>
        <source>Draft: the utility profile lacks {0}.</source>
        <translation>Luonnos: yhtiön profiilista puuttuu {0}.</translation>
    </message>
    <message>
        <source>Register description</source>
        <translation>Rekisteriseloste</translation>
    </message>
    <message>
        <source>The register description was printed.</source>
        <translation>Rekisteriseloste tulostettiin.</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Decide the objection of {0}</source>
        <translation>Vastustamispäätös: {0}</translation>
    </message>
    <message>
        <source>For an objection to direct marketing record the prohibition instead (Ctrl+Shift+M): it is absolute. Any other processing stops unless there are compelling legitimate grounds that override the customer&apos;s interests, or legal claims.</source>
        <translation>Suoramarkkinoinnin vastustaminen kirjataan kieltona (Ctrl+Shift+M): se on ehdoton. Muu käsittely lopetetaan, ellei sille ole huomattavan tärkeää ja perusteltua syytä, joka syrjäyttää asiakkaan edut, tai oikeudellista vaadetta.</translation>
    </message>
    <message>
        <source>&amp;Uphold: the processing stops for this customer</source>
        <translation>&amp;Hyväksy: käsittely lopetetaan tämän asiakkaan osalta</translation>
    </message>
    <message>
        <source>Re&amp;ject: compelling legitimate grounds or legal claims</source>
        <translation>Hy&amp;lkää: huomattavan tärkeät perusteet tai oikeudellinen vaade</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>&amp;Processing objected to:</source>
        <translation>&amp;Vastustettu käsittely:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Päätös:</translation>
    </message>
    <message>
        <source>Upheld, it &amp;stops:</source>
        <translation>Hyväksyttynä &amp;lopettaa:</translation>
    </message>
    <message>
        <source>&amp;Reasons (printed in the reply):</source>
        <translation>&amp;Perustelut (tulostuvat vastaukseen):</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Kirjaa päätös</translation>
    </message>
    <message>
        <source>Name the processing and write the reasons: the reply tells them.</source>
        <translation>Nimeä käsittely ja kirjoita perustelut: vastaus kertoo ne.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>&amp;1  Call – the customer is on the line</source>
        <translation>&amp;1  Puhelu – asiakas on linjalla</translation>
    </message>
    <message>
        <source>&amp;2  Letter – answering or sending post</source>
        <translation>&amp;2  Kirje – postin vastaaminen tai lähettäminen</translation>
    </message>
    <message>
        <source>&amp;3  Request – a data-subject request</source>
        <translation>&amp;3  Pyyntö – rekisteröidyn pyyntö</translation>
    </message>
    <message>
        <source>&amp;4  Correction – fixing the customer&apos;s data</source>
        <translation>&amp;4  Korjaus – asiakkaan tietojen korjaaminen</translation>
    </message>
    <message>
        <source>Why are you opening this customer?</source>
        <translation>Miksi avaat tämän asiakkaan tiedot?</translation>
    </message>
    <message>
        <source>Opening {0}. The reason is written to the access log.</source>
        <translation>Avataan {0}. Syy kirjataan käyttölokiin.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>ei tunnistettu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (keskeytetty)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Käsittelee</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Kirjoita ensin syy.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refuse request {0}</source>
        <translation>Hylkää pyyntö {0}</translation>
    </message>
    <message>
        <source>The reason is printed in the refusal letter: the requester reads it, with their right to complain to the Data Protection Ombudsman.</source>
        <translation>Syy tulostetaan hylkäyskirjeeseen: pyytäjä lukee sen, samoin oikeutensa valittaa tietosuojavaltuutetulle.</translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation>Hylkäämisen &amp;syy:</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Näytä raportti</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostona…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Tallenna CSV-tiedostona…</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Raportin luvut</translation>
    </message>
    <message>
        <source>Choose the period and press Show report. Counts only: no customer is named.</source>
        <translation>Valitse ajanjakso ja paina Näytä raportti. Vain lukumääriä: asiakkaita ei nimetä.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <source>Received {0}, replies posted {1}, on time {2}, median {3} and 90th percentile {4} days to reply; extended {5}, paused {6}, refused {7}; open at the end {8}.</source>
        <translation>Saapui {0}, vastauksia postitettu {1}, määräajassa {2}, vastausaika mediaani {3} ja 90. persentiili {4} päivää; pidennetty {5}, keskeytetty {6}, hylätty {7}; avoinna lopussa {8}.</translation>
    </message>
    <message>
        <source>Report {0}–{1}.</source>
        <translation>Raportti {0}–{1}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Kirjoitetaan {0}…</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>Raportti tallennettu: {0}</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Record identity check</source>
        <translation>Kirjaa henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <source>Needs clarification (letter, pause)</source>
        <translation>Tarvitsee selvitystä (kirje, keskeytys)</translation>
    </message>
    <message>
        <source>Reason (hold, extension, refusal, withdrawal, clarification) or, at sign-off, what was done</source>
        <translation>Peruste (odotus, jatkaminen, hylkäys, peruminen, selvitys) tai hyväksyttäessä, mitä tehtiin</translation>
    </message>
    <message>
        <source>Sign off and generate reply</source>
        <translation>Hyväksy ja laadi vastaus</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> kk</translation>
    </message>
    <message>
        <source>Extend deadline (letter)</source>
        <translation>Jatka määräaikaa (kirje)</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Esikatsele ja tulosta…</translation>
    </message>
    <message>
        <source>Acknowledgement letter</source>
        <translation>Vastaanottokuittaus</translation>
    </message>
    <message>
        <source>Mark posted</source>
        <translation>Merkitse postitetuksi</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>Postituspäivä:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Choose a request in the list: its details and actions are shown here.</source>
        <translation>Valitse pyyntö luettelosta: sen tiedot ja toiminnot näkyvät tässä.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>allekirjoitettu</translation>
    </message>
    <message>
        <source>NOT signed</source>
        <translation>EI allekirjoitettu</translation>
    </message>
    <message>
        <source>{0} – {1} – {2}</source>
        <translation>{0} – {1} – {2}</translation>
    </message>
    <message>
        <source>Received {0} by {1}, {2}</source>
        <translation>Vastaanotettu {0}, {1}, {2}</translation>
    </message>
    <message>
        <source>Closed. Posted on {0}.</source>
        <translation>Suljettu. Postitettu {0}.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Suljettu.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) OVERDUE</source>
        <translation>
            <numerusform>%n päivä MYÖHÄSSÄ</numerusform>
            <numerusform>%n päivää MYÖHÄSSÄ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n päivä jäljellä</numerusform>
            <numerusform>%n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>Received {0}, reply due {1} ({2}).</source>
        <translation>Vastaanotettu {0}, vastattava viimeistään {1} ({2}).</translation>
    </message>
    <message>
        <source>Deadline extended.</source>
        <translation>Määräaikaa jatkettu.</translation>
    </message>
    <message>
        <source>Clock paused since {0} (identity clarification).</source>
        <translation>Määräaika keskeytetty {0} alkaen (henkilöllisyyden selvitys).</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n day(s) so far.</source>
        <translation>
            <numerusform>Keskeytetty tähän mennessä %n päivä.</numerusform>
            <numerusform>Keskeytetty tähän mennessä %n päivää.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by {0}.</source>
        <translation>Käsittelijä: {0}.</translation>
    </message>
    <message>
        <source>Also open for this customer: {0}</source>
        <translation>Asiakkaalla myös avoinna: {0}</translation>
    </message>
    <message>
        <source>Checked: {0} ({1}, {2})</source>
        <translation>Tarkistettu: {0} ({1}, {2})</translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <source>Check the address before printing: {0}</source>
        <translation>Tarkista osoite ennen tulostamista: {0}</translation>
    </message>
    <message>
        <source>Printing {0} …</source>
        <translation>Tulostetaan {0} …</translation>
    </message>
    <message>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation>Tulostettu. Laita kirje ikkunakuoreen ja merkitse se postitetuksi.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request {0}</source>
        <translation>Pyyntö {0}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Days left</source>
        <translation>Aikaa jäljellä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ei kukaan</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Uusi pyyntö…</translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation>Pyyntöjono</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Näytä suljetut</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Uusi pyyntö…</translation>
    </message>
    <message>
        <source>Print all waiting letters…</source>
        <translation>Tulosta kaikki odottavat kirjeet…</translation>
    </message>
    <message>
        <source>Print the chosen…</source>
        <translation>Tulosta valittujen…</translation>
    </message>
    <message>
        <source>The waiting letters of the requests chosen in the queue (Ctrl+click or Shift+click to choose several)</source>
        <translation>Jonosta valittujen pyyntöjen odottavat kirjeet (Ctrl+napsautus tai Vaihto+napsautus valitsee useita)</translation>
    </message>
    <message>
        <source>Agent or supervisor to hand the chosen request to</source>
        <translation>Asiakaspalvelija tai esimies, jolle valittu pyyntö siirretään</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Siirrä käsittelijälle</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n avoin pyyntö</numerusform>
            <numerusform>%n avointa pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n myöhässä</numerusform>
            <numerusform>, %n myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n idle claim(s) released automatically</source>
        <translation>
            <numerusform>. %n käyttämätön käsittelyvaraus vapautettu automaattisesti</numerusform>
            <numerusform>. %n käyttämätöntä käsittelyvarausta vapautettu automaattisesti</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request in the queue first.</source>
        <translation>Valitse ensin pyyntö jonosta.</translation>
    </message>
    <message numerus="yes">
        <source>Handler changed to {0}: %n request(s).</source>
        <translation>
            <numerusform>Käsittelijäksi vaihdettu {0}: %n pyyntö.</numerusform>
            <numerusform>Käsittelijäksi vaihdettu {0}: %n pyyntöä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be reassigned: {0}</source>
        <translation>
            <numerusform>%n pyyntöä ei voitu siirtää: {0}</numerusform>
            <numerusform>%n pyyntöä ei voitu siirtää: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is now handled by {1}.</source>
        <translation>Pyynnön {0} käsittelijä on nyt {1}.</translation>
    </message>
    <message>
        <source>No letters are waiting to be printed.</source>
        <translation>Tulostusta odottavia kirjeitä ei ole.</translation>
    </message>
    <message>
        <source>Letters to post</source>
        <translation>Postitettavat kirjeet</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Tulostetaan %n kirje…</numerusform>
            <numerusform>Tulostetaan %n kirjettä…</numerusform>
        </translation>
    </message>
    <message>
        <source>Palvelutiski letters</source>
        <translation>Palvelutiskin kirjeet</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n kirje tulostettu.</numerusform>
            <numerusform>%n kirjettä tulostettu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Restrict processing of {0}</source>
        <translation>Rajoita käsittelyä: {0}</translation>
    </message>
    <message>
        <source>While the restriction holds the data is only stored: the customer is left out of marketing exports and disclosures, every edit needs a reason, and letters say so. A supervisor lifts it after telling the customer.</source>
        <translation>Rajoituksen aikana tiedot vain säilytetään: asiakas jätetään pois markkinointipoiminnoista ja luovutuksista, jokaiselle muutokselle kirjataan peruste ja kirjeet kertovat rajoituksesta. Esimies poistaa rajoituksen kerrottuaan siitä asiakkaalle.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation>Toistaiseksi</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>&amp;Reason (e.g. the customer disputes the accuracy):</source>
        <translation>&amp;Syy (esim. asiakas kiistää tietojen paikkansapitävyyden):</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Rajoita</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>Kirjoita ensin syy.</translation>
    </message>
</context>
<context>
    <name>RestrictionBanner</name>
    <message>
        <source>Lift the restriction …</source>
        <translation>Poista rajoitus …</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>toistaiseksi</translation>
    </message>
    <message>
        <source>Processing restricted (GDPR Art. 18) – ends: {end}. Reason: {reason}. Recorded {when} by {who}. Only storage: no marketing, no disclosures, edits need a reason.</source>
        <translation>Käsittely rajoitettu (tietosuoja-asetus 18 art.) – päättyy: {end}. Syy: {reason}. Kirjattu {when}, kirjaaja {who}. Vain säilytys: ei markkinointia, ei luovutuksia, muutoksille peruste.</translation>
    </message>
    <message>
        <source>Objection upheld (GDPR Art. 21(1)) – stopped: {0}.</source>
        <translation>Vastustus hyväksytty (tietosuoja-asetus 21 artikla 1 kohta) – lopetettu: {0}.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Säilytys</translation>
    </message>
    <message>
        <source>Reading …</source>
        <translation>Luetaan …</translation>
    </message>
    <message>
        <source>Due under the retention rules on {0}. Nothing is destroyed here: the nightly run does it.</source>
        <translation>Säilytyssääntöjen mukaan erääntyneet {0}. Täällä mitään ei hävitetä: sen tekee yöajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) on the phone system&apos;s destruction list since {0} await its confirmation (palvelutiski-admin recordings list / confirm).</source>
        <translation>
            <numerusform>%n tallenne on puhelinjärjestelmän tuhottavien listalla {0} alkaen ja odottaa sen vahvistusta (palvelutiski-admin recordings list / confirm).</numerusform>
            <numerusform>%n tallennetta on puhelinjärjestelmän tuhottavien listalla {0} alkaen ja odottaa sen vahvistusta (palvelutiski-admin recordings list / confirm).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erääntynyt</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Vanhin</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <source>Legal reason (utility profile)</source>
        <translation>Peruste (yhtiön profiili)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ajaja</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Hävitetty</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>keskeytyi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n vuosi</numerusform>
            <numerusform>%n vuotta</numerusform>
        </translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation>Lue uudelleen (F5)</translation>
    </message>
    <message>
        <source>Register description …</source>
        <translation>Rekisteriseloste …</translation>
    </message>
    <message>
        <source>The privacy notice (GDPR Art. 13/14) of the utility profile: preview and print</source>
        <translation>Yhtiön profiilin tietosuojaseloste (tietosuoja-asetus 13 ja 14 art.): esikatselu ja tulostus</translation>
    </message>
    <message>
        <source>Read the retention preview again</source>
        <translation>Lue säilytyksen esikatselu uudelleen</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Säilytyssäännöt</translation>
    </message>
    <message>
        <source>Retention runs</source>
        <translation>Säilytysajot</translation>
    </message>
    <message>
        <source>Latest runs</source>
        <translation>Viimeisimmät ajot</translation>
    </message>
    <message>
        <source>The nightly run: palvelutiski-admin retention --apply (cron or Windows Task Scheduler, see docs/retention.md). Each batch is one transaction; a stopped run carries on the next night.</source>
        <translation>Yöajo: palvelutiski-admin retention --apply (cron tai Windowsin Tehtävien ajoitus, ks. docs/retention.md). Jokainen erä on yksi transaktio; keskeytynyt ajo jatkuu seuraavana yönä.</translation>
    </message>
</context>
<context>
    <name>RevealHetuDialog</name>
    <message>
        <source>Show the full personal identity code</source>
        <translation>Näytä koko henkilötunnus</translation>
    </message>
    <message>
        <source>State the reason. It is stored in the audit log with your name.</source>
        <translation>Kerro syy. Se tallennetaan lokiin nimelläsi.</translation>
    </message>
    <message>
        <source>Write a reason of at least a few words.</source>
        <translation>Kirjoita syy vähintään muutamalla sanalla.</translation>
    </message>
</context>
<context>
    <name>RightsDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>RoleCountsModel</name>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Käyttäjiä</translation>
    </message>
    <message>
        <source>Signed in today</source>
        <translation>Kirjautunut tänään</translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Name, customer no., address, phone, e-mail, metering point, business ID or identity code</source>
        <translation>Nimi, asiakasnro, osoite, puhelin, sähköposti, käyttöpaikkatunnus, Y-tunnus tai henkilötunnus</translation>
    </message>
    <message>
        <source>Move in the result list (also from the field)</source>
        <translation>Liiku tuloslistassa (myös hakukentästä)</translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation>Avaa valittu asiakas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <source>More than {0} matches – type more to narrow the search …</source>
        <translation>Yli {0} osumaa – tarkenna hakua kirjoittamalla lisää …</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Customer no.</source>
        <translation>Asiakasnro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Osuma</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>asiakasnumero</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>metering point</source>
        <translation>käyttöpaikkatunnus</translation>
    </message>
    <message>
        <source>usage site</source>
        <translation>käyttöpaikka</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Esc or F1 closes this list.</source>
        <translation>Esc tai F1 sulkee tämän luettelon.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Kirjautui viimeksi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Locked out until {time}</source>
        <translation>Lukittu {time} asti</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s)</source>
        <translation>
            <numerusform>%n epäonnistunut kirjautuminen</numerusform>
            <numerusform>%n epäonnistunutta kirjautumista</numerusform>
        </translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation>Ei ole vielä kirjautunut</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Paused (identity being clarified)</source>
        <translation>Pysäytetty (henkilöllisyyttä selvitetään)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Määräpäivä tänään</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n päivä jäljellä</numerusform>
            <numerusform>%n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>not identified</source>
        <translation>ei tunnistettu</translation>
    </message>
    <message>
        <source>Identity-code searches suspended</source>
        <translation>Henkilötunnushaut estetty</translation>
    </message>
    <message>
        <source>Queue: overdue and due soon</source>
        <translation>Jono: myöhässä ja pian erääntyvät</translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation>Omat avoimet pyynnöt</translation>
    </message>
    <message>
        <source>My recent calls</source>
        <translation>Omat viimeisimmät puhelut</translation>
    </message>
    <message>
        <source>Customers I opened recently</source>
        <translation>Viimeksi avaamani asiakkaat</translation>
    </message>
    <message>
        <source>Users who may need help signing in</source>
        <translation>Käyttäjät, jotka voivat tarvita apua kirjautumisessa</translation>
    </message>
    <message>
        <source>Users and sign-ins today by role</source>
        <translation>Käyttäjät ja tämän päivän kirjautumiset rooleittain</translation>
    </message>
    <message>
        <source>Notable events today</source>
        <translation>Tämän päivän huomionarvoiset tapahtumat</translation>
    </message>
    <message>
        <source>Today in the audit log</source>
        <translation>Tänään lokissa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Päivitetään…</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Tänään {date}</translation>
    </message>
    <message>
        <source>These users&apos; identity-code searches found nobody too often and are refused until released. Ask them what happened before you release them.</source>
        <translation>Näiden käyttäjien henkilötunnushaut eivät liian usein löytäneet ketään, ja ne on estetty, kunnes ne vapautetaan. Kysy käyttäjältä, mitä tapahtui, ennen kuin vapautat.</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n avoin pyyntö</numerusform>
            <numerusform>%n avointa pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n myöhässä</numerusform>
            <numerusform>%n myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 5 working days</source>
        <translation>
            <numerusform>%n erääntyy 5 työpäivän kuluessa</numerusform>
            <numerusform>%n erääntyy 5 työpäivän kuluessa</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the queue is overdue or due within 5 working days.</source>
        <translation>Jonossa ei ole myöhässä olevia eikä 5 työpäivän kuluessa erääntyviä pyyntöjä.</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned to you</source>
        <translation>
            <numerusform>%n sinulle osoitettu</numerusform>
            <numerusform>%n sinulle osoitettua</numerusform>
        </translation>
    </message>
    <message>
        <source>No open requests are assigned to you.</source>
        <translation>Sinulle ei ole osoitettu avoimia pyyntöjä.</translation>
    </message>
    <message numerus="yes">
        <source>No calls in the last %n day(s).</source>
        <translation>
            <numerusform>Ei puheluita viimeisen %n päivän aikana.</numerusform>
            <numerusform>Ei puheluita viimeisten %n päivän aikana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened a customer in the last %n day(s).</source>
        <translation>
            <numerusform>Et ole avannut asiakkaita viimeisen %n päivän aikana.</numerusform>
            <numerusform>Et ole avannut asiakkaita viimeisten %n päivän aikana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked out</source>
        <translation>
            <numerusform>%n lukittu</numerusform>
            <numerusform>%n lukittua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never signed in</source>
        <translation>
            <numerusform>%n ei ole koskaan kirjautunut</numerusform>
            <numerusform>%n ei ole koskaan kirjautunut</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user can sign in: nobody is locked out or waiting.</source>
        <translation>Kaikki käyttäjät pääsevät kirjautumaan: kukaan ei ole lukittuna eikä odota.</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Ei käyttäjiä.</translation>
    </message>
    <message>
        <source>No notable events today.</source>
        <translation>Ei huomionarvoisia tapahtumia tänään.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written today.</source>
        <translation>
            <numerusform>Tänään kirjattu %n rivi.</numerusform>
            <numerusform>Tänään kirjattu %n riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s rows link to each other, but see the warning above.</source>
        <translation>Tämän päivän rivit liittyvät toisiinsa, mutta katso yllä oleva varoitus.</translation>
    </message>
    <message>
        <source>Today&apos;s part of the audit chain is intact.</source>
        <translation>Lokiketju on tämän päivän osalta eheä.</translation>
    </message>
    <message>
        <source>The audit chain is broken at row {id}: check the whole chain on the Audit log page (Chain check).</source>
        <translation>Lokiketju on katkennut rivillä {id}: tarkista koko ketju Loki-sivulla (Ketjun tarkistus).</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Päivitä (F5)</translation>
    </message>
    <message>
        <source>Refresh today&apos;s work</source>
        <translation>Päivitä tämän päivän työt</translation>
    </message>
    <message>
        <source>Start typing to search for a customer (or press F3). Enter or a double-click opens the chosen row.</source>
        <translation>Aloita kirjoittaminen, niin asiakashaku alkaa (tai paina F3). Enter tai kaksoisnapsautus avaa valitun rivin.</translation>
    </message>
    <message>
        <source>F5 reads the page again.</source>
        <translation>F5 lukee sivun uudelleen.</translation>
    </message>
    <message>
        <source>Re&amp;lease the chosen user&apos;s searches</source>
        <translation>&amp;Vapauta valitun käyttäjän haut</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working…</source>
        <translation>Työskentelee…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Yhteys toimii</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Yhteys katkesi</translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation>Tietokanta vastaa.</translation>
    </message>
    <message>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Tietokanta ei vastaa. Syöttämäsi tiedot säilyvät; yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>SuspendedLookupsModel</name>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Estetty</translation>
    </message>
    <message>
        <source>Searches that found nobody</source>
        <translation>Hakuja, jotka eivät löytäneet ketään</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>{time} asti</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation>Valitse käyttäjä luettelosta.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <source>User {username} created ({role}).</source>
        <translation>Käyttäjä {username} luotu ({role}).</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} voi taas kirjautua.</translation>
    </message>
    <message>
        <source>Deactivate {username}? They can no longer sign in; their audit history stays.</source>
        <translation>Poistetaanko käyttäjä {username} käytöstä? Hän ei voi enää kirjautua; hänen lokihistoriansa säilyy.</translation>
    </message>
    <message>
        <source>{username} has been deactivated.</source>
        <translation>{username} on poistettu käytöstä.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Viimeisin kirjautuminen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Uusi käyttäjä</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ooli</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <source>e.g. aino.virtanen</source>
        <translation>esim. aino.virtanen</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>vähintään 10 merkkiä</translation>
    </message>
    <message>
        <source>Cr&amp;eate user</source>
        <translation>&amp;Luo käyttäjä</translation>
    </message>
    <message>
        <source>Se&amp;t password</source>
        <translation>&amp;Aseta salasana</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Valittu käyttäjä</translation>
    </message>
    <message>
        <source>New password set for {username}, who must choose a new one at the next sign-in.</source>
        <translation>Käyttäjälle {username} asetettiin uusi salasana; hänen on valittava oma salasana seuraavalla kirjautumisella.</translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation>Uusi sala&amp;sana</translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation>Uusi salasana uu&amp;delleen</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Avaa &amp;lukitus</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Poista käytöstä…</translation>
    </message>
</context>
<context>
    <name>VerifyChainView</name>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Tarkistetaan lokiketjua…</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s), head hash {hash}.</source>
        <translation>
            <numerusform>Lokiketju on eheä: %n rivi, viimeisimmän rivin tiiviste {hash}.</numerusform>
            <numerusform>Lokiketju on eheä: %n riviä, viimeisimmän rivin tiiviste {hash}.</numerusform>
        </translation>
    </message>
    <message>
        <source>It matches the receipt.</source>
        <translation>Se vastaa kuittia.</translation>
    </message>
    <message>
        <source>Its receipt was kept on this workstation; print or save it to keep a copy elsewhere too.</source>
        <translation>Sen kuitti tallennettiin tälle työasemalle; tulosta tai tallenna se, jotta kopio on tallessa muuallakin.</translation>
    </message>
    <message>
        <source>Write down or print the receipt below and check against it next time.</source>
        <translation>Kirjoita muistiin tai tulosta alla oleva kuitti ja tarkista seuraavalla kerralla sitä vasten.</translation>
    </message>
    <message>
        <source>The audit chain is NOT intact.</source>
        <translation>Lokiketju EI ole eheä.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Tarkistaja</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivejä</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Viimeisimmän rivin tiiviste</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitti</translation>
    </message>
    <message>
        <source>Audit log receipt</source>
        <translation>Lokin kuitti</translation>
    </message>
    <message>
        <source>Keep this sheet apart from the computer. A later verification against this receipt shows whether rows were removed or rewritten.</source>
        <translation>Säilytä tämä paperi erillään tietokoneesta. Myöhempi tarkistus tätä kuittia vasten osoittaa, onko rivejä poistettu tai kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <source>Save the receipts</source>
        <translation>Tallenna kuitit</translation>
    </message>
    <message>
        <source>audit-receipts</source>
        <translation>lokikuitit</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Kirjoitetaan {0}…</translation>
    </message>
    <message>
        <source>Receipts saved: {0}</source>
        <translation>Kuitit tallennettu: {0}</translation>
    </message>
    <message>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Enter the receipt from the previous verification to also catch rows removed from the end.</source>
        <translation>Tarkistus lukee koko lokin ja tarkistaa jokaisen rivin tiivisteen. Anna edellisen tarkistuksen kuitti, niin myös lopusta poistetut rivit havaitaan.</translation>
    </message>
    <message>
        <source>&amp;Earlier receipt</source>
        <translation>&amp;Aiempi kuitti</translation>
    </message>
    <message>
        <source>rows:hash (optional)</source>
        <translation>rivit:tiiviste (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Ve&amp;rify chain</source>
        <translation>&amp;Tarkista ketju</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Save receipts…</source>
        <translation>Tallenna &amp;kuitit…</translation>
    </message>
    <message>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Each verification that passes keeps a receipt on this workstation, and the next one checks against it, so rows removed from the end are caught. A receipt typed here is checked instead.</source>
        <translation>Tarkistus lukee koko lokin ja tarkistaa jokaisen rivin tiivisteen. Jokaisesta läpäisseestä tarkistuksesta jää kuitti tälle työasemalle, ja seuraava tarkistus verrataan siihen, joten lopusta poistetut rivit huomataan. Tähän kirjoitettu kuitti tarkistetaan sen sijaan.</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The action could not be completed because of an error in Palvelutiski. The details are in the log file: tell the helpdesk if it happens again.</source>
        <translation>Toimintoa ei saatu tehtyä Palvelutiskin virheen vuoksi. Tiedot ovat lokitiedostossa: kerro tukipalveluun, jos virhe toistuu.</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong inside Palvelutiski. The details are in the log file.</source>
        <translation>Palvelutiskissä tapahtui virhe. Yksityiskohdat ovat lokitiedostossa.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
    <message>
        <source>Palvelutiski ran into an error it did not expect. Your saved work is safe; the action you were doing may not have finished.</source>
        <translation>Palvelutiskissä tapahtui odottamaton virhe. Tallennettu työsi on tallessa; meneillään ollut toiminto ei ehkä valmistunut.</translation>
    </message>
    <message>
        <source>Please tell the helpdesk. The log file is {path}.</source>
        <translation>Ilmoita asiasta tukipalveluun. Lokitiedosto on {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
</context>
<context>
    <name>palvelutiski</name>
    <message>
        <source>A line of the address is longer than 30 characters and was wrapped; check it.</source>
        <translation>Osoitteen rivi on yli 30 merkkiä pitkä ja se rivitettiin; tarkista se.</translation>
    </message>
    <message>
        <source>The name or address holds invisible or control characters; they were left out of the envelope. Check the name and address on the customer&apos;s card.</source>
        <translation>Nimessä tai osoitteessa on näkymättömiä merkkejä tai ohjausmerkkejä; ne jätettiin pois kirjekuoresta. Tarkista nimi ja osoite asiakaskortilla.</translation>
    </message>
    <message>
        <source>The address has no recipient name.</source>
        <translation>Osoitteesta puuttuu vastaanottajan nimi.</translation>
    </message>
    <message>
        <source>The address has no street or PO box.</source>
        <translation>Osoitteesta puuttuu katuosoite tai postilokero.</translation>
    </message>
    <message>
        <source>The address has no post town.</source>
        <translation>Osoitteesta puuttuu postitoimipaikka.</translation>
    </message>
    <message>
        <source>A Finnish postcode has five digits.</source>
        <translation>Suomalaisessa postinumerossa on viisi numeroa.</translation>
    </message>
    <message>
        <source>{name} is working on this request. Ask them, or a supervisor, to release it.</source>
        <translation>{name} käsittelee tätä pyyntöä. Pyydä häntä tai esimiestä vapauttamaan se.</translation>
    </message>
    <message>
        <source>You prepared this reply, so another supervisor must sign it off (four eyes).</source>
        <translation>Valmistelit tämän vastauksen, joten toisen esimiehen on hyväksyttävä se (neljän silmän periaate).</translation>
    </message>
    <message>
        <source>You prepared this request, so another supervisor must decide the refusal (four eyes).</source>
        <translation>Valmistelit tämän pyynnön, joten toisen esimiehen on päätettävä hylkäämisestä (neljän silmän periaate).</translation>
    </message>
    <message>
        <source>The phone number {value} may contain only digits, spaces, hyphens and a leading +.</source>
        <translation>Puhelinnumerossa {value} saa olla vain numeroita, välilyöntejä, yhdysmerkkejä ja alussa +.</translation>
    </message>
    <message>
        <source>The phone number {value} is not a Finnish number (0… or +358…) of the right length.</source>
        <translation>Puhelinnumero {value} ei ole oikean pituinen suomalainen numero (0… tai +358…).</translation>
    </message>
    <message>
        <source>The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).</source>
        <translation>Sähköpostiosoite {value} ei kelpaa (esim. maija.meikalainen@example.fi).</translation>
    </message>
    <message>
        <source>The language must be Finnish, Swedish or English.</source>
        <translation>Kielen on oltava suomi, ruotsi tai englanti.</translation>
    </message>
    <message>
        <source>The same phone number is given twice.</source>
        <translation>Sama puhelinnumero on annettu kahdesti.</translation>
    </message>
    <message>
        <source>The same e-mail address is given twice.</source>
        <translation>Sama sähköpostiosoite on annettu kahdesti.</translation>
    </message>
    <message>
        <source>Enter the street address (at most 100 characters).</source>
        <translation>Kirjoita katuosoite (enintään 100 merkkiä).</translation>
    </message>
    <message>
        <source>The c/o line holds invisible or control characters: type it again.</source>
        <translation>c/o-rivillä on näkymättömiä merkkejä tai ohjausmerkkejä: kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>The country is a two-letter code, e.g. FI or SE.</source>
        <translation>Maa on kaksikirjaiminen tunnus, esim. FI tai SE.</translation>
    </message>
    <message>
        <source>A Finnish postcode has exactly 5 digits, e.g. 94450.</source>
        <translation>Suomalaisessa postinumerossa on tasan 5 numeroa, esim. 94450.</translation>
    </message>
    <message>
        <source>The post town {value} must be letters only, e.g. Keminmaa.</source>
        <translation>Postitoimipaikassa {value} saa olla vain kirjaimia, esim. Keminmaa.</translation>
    </message>
    <message>
        <source>The c/o line has at most 60 characters.</source>
        <translation>c/o-rivillä on enintään 60 merkkiä.</translation>
    </message>
    <message>
        <source>The street address holds invisible or control characters: type it again.</source>
        <translation>Katuosoitteessa on näkymättömiä merkkejä tai ohjausmerkkejä: kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>The country code {value} is not known: letters could not be addressed there.</source>
        <translation>Maatunnusta {value} ei tunneta: kirjeitä ei voisi osoittaa sinne.</translation>
    </message>
    <message>
        <source>Enter the postcode (at most 10 characters).</source>
        <translation>Kirjoita postinumero (enintään 10 merkkiä).</translation>
    </message>
    <message>
        <source>a public holiday or an eve the offices are closed</source>
        <translation>pyhäpäivä tai aatto, jona virastot ovat suljettuina</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <source>Received {day}.</source>
        <translation>Saapunut {day}.</translation>
    </message>
    <message>
        <source>One month counted from the next day ends {day} (EU Regulation 1182/71, Art. 3).</source>
        <translation>Kuukausi seuraavasta päivästä lukien päättyy {day} (asetus (ETY, Euratom) N:o 1182/71, 3 artikla).</translation>
    </message>
    <message>
        <source>Clock paused for identity clarification, {days} day(s) so far, still paused: {day}.</source>
        <translation>Kello pysäytetty henkilöllisyyden selvittämiseksi, keskeytyspäiviä tähän mennessä {days}, yhä keskeytetty: {day}.</translation>
    </message>
    <message>
        <source>Clock paused for identity clarification, {days} day(s): {day}.</source>
        <translation>Kello pysäytetty henkilöllisyyden selvittämiseksi, keskeytyspäiviä {days}: {day}.</translation>
    </message>
    <message>
        <source>Due {day}.</source>
        <translation>Määräaika päättyy {day}.</translation>
    </message>
    <message>
        <source>Extended by {months} month(s) (GDPR Art. 12(3)): {day}.</source>
        <translation>Pidennetty {months} kuukaudella (tietosuoja-asetus 12 art. 3 kohta): {day}.</translation>
    </message>
    <message>
        <source>{day} is {why}: the deadline moves to the next working day (Act 150/1930, §5).</source>
        <translation>{day} on {why}: määräaika siirtyy seuraavaan arkipäivään (laki määräaikain laskemisesta 150/1930, 5 §).</translation>
    </message>
    <message>
        <source>The deadline has already been extended once.</source>
        <translation>Määräaikaa on jo jatkettu kerran.</translation>
    </message>
    <message>
        <source>The deadline can be extended by one or two months.</source>
        <translation>Määräaikaa voi jatkaa yhdellä tai kahdella kuukaudella.</translation>
    </message>
    <message>
        <source>An extension needs a reason; it is sent to the customer.</source>
        <translation>Jatkamiselle tarvitaan peruste; se lähetetään asiakkaalle.</translation>
    </message>
    <message>
        <source>An extension cannot be decided before the request was received ({received}).</source>
        <translation>Vastausaikaa ei voi pidentää ennen kuin pyyntö on vastaanotettu ({received}).</translation>
    </message>
    <message>
        <source>The deadline can only be extended before it has passed (due {due}).</source>
        <translation>Määräaikaa voi jatkaa vain ennen kuin se on umpeutunut (määräpäivä {due}).</translation>
    </message>
    <message>
        <source>Name and customer number</source>
        <translation>Nimi ja asiakasnumero</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Current postal address</source>
        <translation>Nykyinen postiosoite</translation>
    </message>
    <message>
        <source>Earlier postal addresses</source>
        <translation>Aiemmat postiosoitteet</translation>
    </message>
    <message>
        <source>Phones and e-mail addresses</source>
        <translation>Puhelinnumerot ja sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Pankkitilit</translation>
    </message>
    <message>
        <source>Calls, recordings and call notes</source>
        <translation>Puhelut, tallenteet ja puhelumuistiinpanot</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Marketing prohibitions and consents</source>
        <translation>Markkinointikiellot ja -suostumukset</translation>
    </message>
    <message>
        <source>Restrictions of processing</source>
        <translation>Käsittelyn rajoitukset</translation>
    </message>
    <message>
        <source>Contracts, usage sites and consumption</source>
        <translation>Sopimukset, käyttöpaikat ja kulutus</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Data requests and their letters</source>
        <translation>Tietosuojapyynnöt ja niiden kirjeet</translation>
    </message>
    <message>
        <source>Recorded disclosures</source>
        <translation>Kirjatut luovutukset</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisoi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Contract in force</source>
        <translation>Voimassa oleva sopimus</translation>
    </message>
    <message>
        <source>Unpaid invoice or debt collection (legal claim)</source>
        <translation>Maksamaton lasku tai perintä (oikeudellinen vaade)</translation>
    </message>
    <message>
        <source>Accounting Act 1336/1997 2:10 — vouchers 6 years after the year ends</source>
        <translation>Kirjanpitolaki 1336/1997 2:10 — tositteet 6 vuotta vuoden päättymisestä</translation>
    </message>
    <message>
        <source>Accountability (GDPR Art. 5(2))</source>
        <translation>Osoitusvelvollisuus (tietosuoja-asetus 5 art. 2 kohta)</translation>
    </message>
    <message>
        <source>Audit trail, never changed</source>
        <translation>Tapahtumaloki, jota ei muuteta</translation>
    </message>
    <message>
        <source>Kept until the reply is posted, then erased by the nightly run</source>
        <translation>Säilytetään vastauksen postittamiseen asti, sitten yöajo poistaa</translation>
    </message>
    <message>
        <source>No reason to keep</source>
        <translation>Ei säilyttämisen perustetta</translation>
    </message>
    <message>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä, esim. 131052-308T.</translation>
    </message>
    <message>
        <source>The 7th character of a personal identity code must be one of + - A–F U–Y.</source>
        <translation>Henkilötunnuksen 7. merkin on oltava jokin merkeistä + - A–F U–Y.</translation>
    </message>
    <message>
        <source>The birth date in the personal identity code is in the future.</source>
        <translation>Henkilötunnuksen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Individual numbers 900–999 are temporary codes; mark the code as temporary.</source>
        <translation>Yksilönumerot 900–999 ovat tilapäisiä tunnuksia; merkitse tunnus tilapäiseksi.</translation>
    </message>
    <message>
        <source>The personal identity code is not in the form DDMMYYCZZZQ.</source>
        <translation>Henkilötunnus ei ole muotoa PPKKVVSNNNT.</translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä.</translation>
    </message>
    <message>
        <source>The personal identity code has an impossible birth date or number.</source>
        <translation>Henkilötunnuksessa on mahdoton syntymäaika tai yksilönumero.</translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} fit. Shorten it and try again.</source>
        <translation>Tekstissä on {length} merkkiä; enintään {limit} mahtuu. Lyhennä sitä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Direct advertising</source>
        <translation>Suoramainonta</translation>
    </message>
    <message>
        <source>Distance selling</source>
        <translation>Etämyynti</translation>
    </message>
    <message>
        <source>Other direct marketing</source>
        <translation>Muu suoramarkkinointi</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Markkinatutkimus</translation>
    </message>
    <message>
        <source>Opinion polls</source>
        <translation>Mielipidetiedustelut</translation>
    </message>
    <message>
        <source>Person registers</source>
        <translation>Henkilömatrikkelit</translation>
    </message>
    <message>
        <source>Genealogy</source>
        <translation>Sukututkimus</translation>
    </message>
    <message>
        <source>Electronic marketing (consent)</source>
        <translation>Sähköinen suoramarkkinointi (suostumus)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <source>Customer by phone</source>
        <translation>Asiakas puhelimitse</translation>
    </message>
    <message>
        <source>Customer by letter</source>
        <translation>Asiakas kirjeellä</translation>
    </message>
    <message>
        <source>Customer by e-mail</source>
        <translation>Asiakas sähköpostilla</translation>
    </message>
    <message>
        <source>Customer at the desk</source>
        <translation>Asiakas asiakaspalvelupisteessä</translation>
    </message>
    <message>
        <source>DVV (Population Information System)</source>
        <translation>DVV (väestötietojärjestelmä)</translation>
    </message>
    <message>
        <source>ASML telephone restriction service</source>
        <translation>ASML:n puhelinmarkkinoinnin kieltopalvelu</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Kielletty</translation>
    </message>
    <message>
        <source>Prohibition lifted</source>
        <translation>Kielto poistettu</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <source>There is no prohibition from this source to lift.</source>
        <translation>Tästä lähteestä ei ole kieltoa, jonka voisi poistaa.</translation>
    </message>
    <message>
        <source>Unknown purpose: {purpose}.</source>
        <translation>Tuntematon käyttötarkoitus: {purpose}.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Tuntematon kanava: {channel}.</translation>
    </message>
    <message>
        <source>Unknown source: {source}.</source>
        <translation>Tuntematon lähde: {source}.</translation>
    </message>
    <message>
        <source>Unknown decision: {decision}.</source>
        <translation>Tuntematon päätös: {decision}.</translation>
    </message>
    <message>
        <source>The validity end date is before the date of the event.</source>
        <translation>Voimassaolon päättymispäivä on ennen tapahtuman päivää.</translation>
    </message>
    <message>
        <source>This prohibition is registered at DVV; the customer lifts it there.</source>
        <translation>Kielto on rekisteröity DVV:hen; asiakas poistaa sen siellä.</translation>
    </message>
    <message>
        <source>This is an ASML telephone restriction; the customer cancels it there.</source>
        <translation>Tämä on ASML:n puhelinmarkkinointikielto; asiakas peruu sen siellä.</translation>
    </message>
    <message>
        <source>Only the customer or DVV can prohibit all direct marketing.</source>
        <translation>Vain asiakas tai DVV voi kieltää kaiken suoramarkkinoinnin.</translation>
    </message>
    <message>
        <source>Electronic marketing is given or withdrawn as a consent.</source>
        <translation>Sähköiseen suoramarkkinointiin annetaan tai siitä perutaan suostumus.</translation>
    </message>
    <message>
        <source>Electronic-marketing consent applies to e-mail and SMS only.</source>
        <translation>Sähköisen suoramarkkinoinnin suostumus koskee vain sähköpostia ja tekstiviestejä.</translation>
    </message>
    <message>
        <source>Only the customer can give or withdraw a consent.</source>
        <translation>Vain asiakas voi antaa tai perua suostumuksen.</translation>
    </message>
    <message>
        <source>A purpose other than electronic marketing is prohibited or lifted.</source>
        <translation>Muu kuin sähköinen suoramarkkinointi kielletään tai kielto poistetaan.</translation>
    </message>
    <message>
        <source>The ASML restriction service covers telephone marketing only.</source>
        <translation>ASML:n kieltopalvelu koskee vain puhelinmarkkinointia.</translation>
    </message>
    <message>
        <source>An ASML telephone restriction needs its validity end date.</source>
        <translation>ASML:n puhelinmarkkinointikiellolle tarvitaan voimassaolon päättymispäivä.</translation>
    </message>
    <message>
        <source>Only an ASML telephone restriction has a validity end date.</source>
        <translation>Vain ASML:n puhelinmarkkinointikiellolla on voimassaolon päättymispäivä.</translation>
    </message>
    <message>
        <source>The request has no letters yet.</source>
        <translation>Pyynnöllä ei ole vielä kirjeitä.</translation>
    </message>
    <message>
        <source>The request is already matched to a customer.</source>
        <translation>Pyyntö on jo yhdistetty asiakkaaseen.</translation>
    </message>
    <message>
        <source>The identity has been checked already.</source>
        <translation>Henkilöllisyys on jo tarkistettu.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>Valmistelussa</translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Odottaa hyväksyntää</translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation>Valmis tulostettavaksi</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation>Suljettu: henkilöllisyys vahvistamatta</translation>
    </message>
    <message>
        <source>A request cannot move from “{source}” to “{target}”.</source>
        <translation>Pyyntö ei voi siirtyä tilasta ”{source}” tilaan ”{target}”.</translation>
    </message>
    <message>
        <source>Your role may not move a request to “{target}”.</source>
        <translation>Roolisi ei saa siirtää pyyntöä tilaan ”{target}”.</translation>
    </message>
    <message>
        <source>Give a reason for “{target}”.</source>
        <translation>Anna peruste tilalle ”{target}”.</translation>
    </message>
    <message>
        <source>Only a supervisor may sign off or refuse a request.</source>
        <translation>Vain esihenkilö voi hyväksyä tai hylätä pyynnön.</translation>
    </message>
    <message>
        <source>the controller&apos;s business ID (Y-tunnus)</source>
        <translation>rekisterinpitäjän Y-tunnus</translation>
    </message>
    <message>
        <source>the legal basis of each purpose (GDPR Art. 13(1)(c))</source>
        <translation>käsittelyn oikeusperusteet tarkoituksittain (tietosuoja-asetus 13 art. 1 c)</translation>
    </message>
    <message>
        <source>retention periods per category of data (Art. 13(2)(a))</source>
        <translation>säilytysajat tietoryhmittäin (13 art. 2 a)</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Puhelutallenteet</translation>
    </message>
    <message>
        <source>Letter contents (PDF)</source>
        <translation>Kirjeiden sisältö (PDF)</translation>
    </message>
    <message>
        <source>Closed data requests</source>
        <translation>Päättyneet tietosuojapyynnöt</translation>
    </message>
    <message>
        <source>Customers whose contracts ended</source>
        <translation>Asiakkaat, joiden sopimukset ovat päättyneet</translation>
    </message>
    <message>
        <source>Names kept to post an erasure reply</source>
        <translation>Poistovastauksen postitusta varten säilytetyt nimet</translation>
    </message>
    <message>
        <source>Audit trail (never deleted)</source>
        <translation>Tapahtumaloki (ei koskaan poisteta)</translation>
    </message>
    <message>
        <source>Collection of an unpaid invoice (legitimate interest, legal claim)</source>
        <translation>Maksamattoman laskun perintä (oikeutettu etu, oikeudellinen vaade)</translation>
    </message>
    <message>
        <source>The customer&apos;s power of attorney</source>
        <translation>Asiakkaan valtakirja</translation>
    </message>
    <message>
        <source>At the customer&apos;s request for a specific purpose</source>
        <translation>Asiakkaan pyynnöstä tiettyä tarkoitusta varten</translation>
    </message>
    <message>
        <source>Subcontractor managing the customer relationship (contract)</source>
        <translation>Asiakassuhdetta hoitava alihankkija (sopimus)</translation>
    </message>
    <message>
        <source>Direct marketing (register description, no prohibition)</source>
        <translation>Suoramarkkinointi (rekisteriseloste, ei kieltoa)</translation>
    </message>
    <message>
        <source>Statutory obligation</source>
        <translation>Lakisääteinen velvoite</translation>
    </message>
    <message>
        <source>Marketing register and partner exports: the customer is left out</source>
        <translation>Markkinointirekisterin ja kumppanien poiminnat: asiakas jätetään pois</translation>
    </message>
    <message>
        <source>Disclosures: only for legal claims and statutory duties</source>
        <translation>Luovutukset: vain oikeudellista vaadetta ja lakisääteisiä velvoitteita varten</translation>
    </message>
    <message>
        <source>Other processing: stopped by hand as the decision says</source>
        <translation>Muu käsittely: lopetetaan käsin päätöksen mukaisesti</translation>
    </message>
    <message>
        <source>Customer service agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <source>Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched.</source>
        <translation>Henkilötunnuksella haetaan vain kokonaisella tunnuksella (kaikki 11 merkkiä, esim. 131052-308T); tunnuksen osilla ei koskaan haeta.</translation>
    </message>
    <message>
        <source>The text contains invisible control or text-direction characters (for example pasted from a terminal or a web page). Remove them and try again.</source>
        <translation>Tekstissä on näkymättömiä ohjaus- tai tekstin suuntamerkkejä (esimerkiksi päätteestä tai verkkosivulta liitettynä). Poista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters, now {length}. Shorten it and try again.</source>
        <translation>Teksti on liian pitkä: enintään {limit} merkkiä, nyt {length}. Lyhennä sitä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Kirjautuminen</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Epäonnistunut kirjautuminen</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Tunnus lukittu</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Tunnuksen lukitus avattu</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Uloskirjautuminen</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Istunto lukittu</translation>
    </message>
    <message>
        <source>Customer opened</source>
        <translation>Asiakas avattu</translation>
    </message>
    <message>
        <source>Customer&apos;s audit trail read</source>
        <translation>Asiakkaan lokitiedot luettu</translation>
    </message>
    <message>
        <source>Identity code search</source>
        <translation>Haku henkilötunnuksella</translation>
    </message>
    <message>
        <source>Identity code revealed</source>
        <translation>Henkilötunnus näytetty</translation>
    </message>
    <message>
        <source>Identity code search refused (searches suspended)</source>
        <translation>Henkilötunnushaku torjuttu (haut estetty)</translation>
    </message>
    <message>
        <source>Identity code searches suspended</source>
        <translation>Henkilötunnushaut estetty</translation>
    </message>
    <message>
        <source>Identity code searches released</source>
        <translation>Henkilötunnushaut vapautettu</translation>
    </message>
    <message>
        <source>Identity code, consents or invoices erased</source>
        <translation>Henkilötunnus, suostumukset tai laskut poistettu</translation>
    </message>
    <message>
        <source>Audit chain sealed in a new format</source>
        <translation>Lokiketju sinetöity uudessa muodossa</translation>
    </message>
    <message>
        <source>Contact details changed</source>
        <translation>Yhteystietoja muutettu</translation>
    </message>
    <message>
        <source>Consent or prohibition recorded</source>
        <translation>Suostumus tai kielto kirjattu</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Puhelu alkoi</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Puhelu päättyi</translation>
    </message>
    <message>
        <source>Customer linked to a call</source>
        <translation>Asiakas liitetty puheluun</translation>
    </message>
    <message>
        <source>Mistaken prohibition or consent entry corrected</source>
        <translation>Virheellinen kielto- tai suostumusmerkintä korjattu</translation>
    </message>
    <message>
        <source>Customer note written</source>
        <translation>Asiakasmuistiinpano kirjoitettu</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Käsittely rajoitettu</translation>
    </message>
    <message>
        <source>Restriction of processing lifted</source>
        <translation>Käsittelyn rajoitus poistettu</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Luovutus kirjattu</translation>
    </message>
    <message>
        <source>Erasure carried out</source>
        <translation>Poisto tehty</translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation>Vastustamisesta päätetty</translation>
    </message>
    <message>
        <source>Retention: a batch destroyed</source>
        <translation>Säilytys: erä hävitetty</translation>
    </message>
    <message>
        <source>Retention run finished</source>
        <translation>Säilytysajo päättyi</translation>
    </message>
    <message>
        <source>Recording destruction list handed to the phone system</source>
        <translation>Tallenteiden tuhoamislista puhelinjärjestelmälle</translation>
    </message>
    <message>
        <source>Phone system confirmed recordings destroyed</source>
        <translation>Puhelinjärjestelmä vahvisti tallenteet tuhotuiksi</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Pyyntö kirjattu</translation>
    </message>
    <message>
        <source>Request state changed</source>
        <translation>Pyynnön tila muuttui</translation>
    </message>
    <message>
        <source>Request reassigned</source>
        <translation>Pyyntö siirretty toiselle käsittelijälle</translation>
    </message>
    <message>
        <source>Request taken for handling</source>
        <translation>Pyyntö otettu käsittelyyn</translation>
    </message>
    <message>
        <source>Request handling released</source>
        <translation>Pyynnön käsittely vapautettu</translation>
    </message>
    <message>
        <source>Report run</source>
        <translation>Raportti ajettu</translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation>Kirje laadittu</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Kirje tulostettu</translation>
    </message>
    <message>
        <source>Letter dispatched</source>
        <translation>Kirje postitettu</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Käyttäjä luotu</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Salasana asetettu</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Oma salasana vaihdettu</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Käyttäjä poistettu käytöstä</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>Käyttäjä otettu uudelleen käyttöön</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Käyttäjän lukitus avattu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Esittelytiedot</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Asiakkaat tuotu</translation>
    </message>
    <message>
        <source>Database initialised</source>
        <translation>Tietokanta alustettu</translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation>Millään asiakkaalla ei ole numeroa {number}.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Alkupäivä on loppupäivän jälkeen.</translation>
    </message>
    <message>
        <source>The audit trail no longer extends the receipt taken on {date} ({receipt}): rows were removed or rewritten after it.</source>
        <translation>Lokiketju ei enää jatka {date} otettua kuittia ({receipt}): sen jälkeen rivejä on poistettu tai kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <source>Taken (Finnish time)</source>
        <translation>Otettu (Suomen aikaa)</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Otettu (UTC)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitti</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Ottaja</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>tarkistus</translation>
    </message>
    <message>
        <source>daily head</source>
        <translation>päivän kuitti</translation>
    </message>
    <message>
        <source>The receipt book {path} cannot be read. Keep a copy of it, then check the audit chain against your printed or saved receipts.</source>
        <translation>Kuittikirjaa {path} ei voi lukea. Ota siitä kopio talteen ja tarkista lokiketju tulostettuja tai tallennettuja kuitteja vasten.</translation>
    </message>
    <message>
        <source>Audit row {id} has been altered: its content no longer matches its hash.</source>
        <translation>Lokirivi {id} on muutettu: sen sisältö ei enää vastaa tiivistettä.</translation>
    </message>
    <message>
        <source>The audit log is broken before row {id}: a row has been deleted or replaced there.</source>
        <translation>Loki on katkennut ennen riviä {id}: siitä on poistettu tai korvattu rivi.</translation>
    </message>
    <message>
        <source>The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed from the end.</source>
        <translation>Lokissa on {count} riviä, mutta kuitissa {receipt_count}: lopusta on poistettu rivejä.</translation>
    </message>
    <message>
        <source>Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log has been rewritten.</source>
        <translation>Lokirivillä {id} (järjestysnumero {receipt_count}) ei ole kuitin tiivistettä: loki on kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <source>A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits).</source>
        <translation>Kuitti on rivimäärä ja viimeisimmän rivin tiiviste, esim. 1234:9f86d0…(64 heksadesimaalinumeroa).</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is not in use.</source>
        <translation>Väärä käyttäjätunnus tai salasana, tai tunnus ei ole käytössä.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked. Try again in {minutes} min or ask the administrator to unlock it.</source>
        <translation>Liian monta epäonnistunutta yritystä: tunnus on lukittu. Yritä uudelleen {minutes} min kuluttua tai pyydä pääkäyttäjää avaamaan lukitus.</translation>
    </message>
    <message>
        <source>There is no database file at {path}. Check the path, and that the drive it is on is connected.</source>
        <translation>Polussa {path} ei ole tietokantatiedostoa. Tarkista polku ja se, että levy, jolla se on, on liitettynä.</translation>
    </message>
    <message>
        <source>The confirmation names no recordings.</source>
        <translation>Vahvistuksessa ei ole yhtään tallennetta.</translation>
    </message>
    <message>
        <source>The phone system cannot have destroyed recordings in the future: check the date.</source>
        <translation>Puhelinjärjestelmä ei ole voinut tuhota tallenteita tulevaisuudessa: tarkista päivämäärä.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so nothing was written. Create it or choose another folder, then try again.</source>
        <translation>Kansiota {folder} ei ole, joten mitään ei kirjoitettu. Luo kansio tai valitse toinen ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk of {folder}: the copy needs about {needed} MB and {free} MB is free. Nothing was written; free some space or choose another disk.</source>
        <translation>Kansion {folder} levyllä ei ole tarpeeksi tilaa: kopio tarvitsee noin {needed} Mt ja vapaana on {free} Mt. Mitään ei kirjoitettu; vapauta tilaa tai valitse toinen levy.</translation>
    </message>
    <message>
        <source>pg_dump failed: {reason} Nothing was written.</source>
        <translation>pg_dump epäonnistui: {reason} Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Varmuuskopiotiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <source>{tool} is not installed on this computer. Install the PostgreSQL client programs of the server&apos;s version or newer (Debian and Ubuntu: apt-get install postgresql-client; Windows: the Command Line Tools of the PostgreSQL installer), then try again.</source>
        <translation>Ohjelmaa {tool} ei ole asennettu tälle tietokoneelle. Asenna palvelimen versiota vastaavat tai uudemmat PostgreSQL-asiakasohjelmat (Debian ja Ubuntu: apt-get install postgresql-client; Windows: PostgreSQL-asennusohjelman Command Line Tools) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The copy could not be written to {folder} ({reason}). Nothing was written.</source>
        <translation>Kopiota ei voitu kirjoittaa kansioon {folder} ({reason}). Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The database {name} exists already. Restore only into a new database: choose another name, or have the old one dropped first.</source>
        <translation>Tietokanta {name} on jo olemassa. Palauta vain uuteen tietokantaan: valitse toinen nimi tai pyydä ensin poistamaan vanha.</translation>
    </message>
    <message>
        <source>These roles must exist on the server before the restore: {roles}. Create them (pg_dumpall --roles-only on the old server gives them), then try again.</source>
        <translation>Näiden roolien on oltava palvelimella ennen palautusta: {roles}. Luo ne (pg_dumpall --roles-only vanhalla palvelimella antaa ne) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>pg_restore failed: {reason} The new database was removed again.</source>
        <translation>pg_restore epäonnistui: {reason} Uusi tietokanta poistettiin.</translation>
    </message>
    <message>
        <source>The disk of {folder} became full during the copy. Nothing was written; free some space or choose another disk, then try again.</source>
        <translation>Kansion {folder} levy täyttyi kopioinnin aikana. Mitään ei kirjoitettu; vapauta tilaa tai valitse toinen levy ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not made out to {host}, so the connection was refused: it could be another computer posing as the server. Ask IT to check the server name in the site configuration and the server&apos;s certificate.</source>
        <translation>Tietokantapalvelimen varmennetta ei ole myönnetty nimelle {host}, joten yhteys torjuttiin: palvelimena voisi esiintyä toinen tietokone. Pyydä IT-tukea tarkistamaan palvelimen nimi asennusasetuksista ja palvelimen varmenne.</translation>
    </message>
    <message>
        <source>The database server {host} showed a certificate that the site&apos;s certificate authority did not sign, so the connection was refused. Ask IT to check the CA file (sslrootcert) in the site configuration.</source>
        <translation>Tietokantapalvelin {host} esitti varmenteen, jota organisaation varmentaja ei ole allekirjoittanut, joten yhteys torjuttiin. Pyydä IT-tukea tarkistamaan varmentajan tiedosto (sslrootcert) asennusasetuksista.</translation>
    </message>
    <message>
        <source>There is no CA certificate on this computer to check the database server {host} with, so the connection was refused. Ask IT for the site configuration and its CA file.</source>
        <translation>Tällä tietokoneella ei ole varmentajan varmennetta, jolla tietokantapalvelimen {host} voisi tarkistaa, joten yhteys torjuttiin. Pyydä IT-tuelta asennusasetukset ja niiden varmentajatiedosto.</translation>
    </message>
    <message>
        <source>The database server {host} does not offer an encrypted connection, which this workstation requires. Ask IT to turn on TLS on the server.</source>
        <translation>Tietokantapalvelin {host} ei tarjoa salattua yhteyttä, jota tämä työasema vaatii. Pyydä IT-tukea ottamaan TLS käyttöön palvelimella.</translation>
    </message>
    <message>
        <source>The encrypted connection to the database server {host} failed. Ask IT to check the server&apos;s certificate and the site configuration.</source>
        <translation>Salattu yhteys tietokantapalvelimeen {host} epäonnistui. Pyydä IT-tukea tarkistamaan palvelimen varmenne ja asennusasetukset.</translation>
    </message>
    <message>
        <source>This database has been updated for a newer version of Palvelutiski. Update Palvelutiski on this computer (ask IT), then sign in again.</source>
        <translation>Tämä tietokanta on päivitetty Palvelutiskin uudemmalle versiolle. Päivitä Palvelutiski tälle tietokoneelle (pyydä IT-tukea) ja kirjaudu sitten uudelleen.</translation>
    </message>
    <message>
        <source>This database is from an older version of Palvelutiski and must be updated first. Ask the administrator to run &apos;palvelutiski-admin migrate&apos;; the desk never does it by itself.</source>
        <translation>Tämä tietokanta on Palvelutiskin vanhemmasta versiosta, ja se on päivitettävä ensin. Pyydä pääkäyttäjää ajamaan &apos;palvelutiski-admin migrate&apos;; työpöytä ei koskaan tee sitä itse.</translation>
    </message>
    <message>
        <source>The connection to the database server {host} would not be encrypted, and the site configuration does not allow that. Ask IT to set sslmode = verify-full.</source>
        <translation>Yhteys tietokantapalvelimeen {host} olisi salaamaton, eivätkä asennusasetukset salli sitä. Pyydä IT-tukea asettamaan sslmode = verify-full.</translation>
    </message>
    <message>
        <source>Nothing you recorded within the undo time ({minutes} min) is left to undo. Record the correct decision instead.</source>
        <translation>Perumisajan ({minutes} min) kuluessa kirjaamiasi merkintöjä ei ole jäljellä peruttavaksi. Kirjaa sen sijaan oikea päätös.</translation>
    </message>
    <message>
        <source>{column} contains invisible control or text-direction characters; remove them from the file.</source>
        <translation>Sarakkeessa {column} on näkymättömiä ohjaus- tai tekstin suuntamerkkejä; poista ne tiedostosta.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Kirjoita ensin muistiinpano.</translation>
    </message>
    <message>
        <source>{count} recordings recorded as destroyed on {day}.</source>
        <translation>{count} tallennetta kirjattiin tuhotuiksi {day}.</translation>
    </message>
    <message>
        <source>{count} recordings to destroy written to {file}: hand it to the phone system, then record its confirmation with: recordings confirm FILE.</source>
        <translation>{count} tuhottavaa tallennetta kirjoitettiin tiedostoon {file}: toimita se puhelinjärjestelmän ylläpitäjälle ja kirjaa sitten vahvistus komennolla: recordings confirm TIEDOSTO.</translation>
    </message>
    <message>
        <source>{count} references were not on the destruction list (or were confirmed already) and were left as they are:</source>
        <translation>{count} tunnusta ei ollut tuhottavien listalla (tai ne oli jo vahvistettu), eikä niitä muutettu:</translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18): write why the data is changed, e.g. the customer&apos;s request and its reference.</source>
        <translation>Asiakkaan tietojen käsittely on rajoitettu (tietosuoja-asetus 18 art.): kirjoita, miksi tietoja muutetaan, esim. asiakkaan pyyntö ja sen tunnus.</translation>
    </message>
    <message>
        <source>The customer has no open erasure request: register the letter first (Ctrl+N).</source>
        <translation>Asiakkaalla ei ole avointa poistopyyntöä: kirjaa kirje ensin (Ctrl+N).</translation>
    </message>
    <message>
        <source>Check the requester&apos;s identity before carrying out the erasure of {reference}.</source>
        <translation>Tarkista pyytäjän henkilöllisyys ennen pyynnön {reference} poiston toteuttamista.</translation>
    </message>
    <message>
        <source>The customer&apos;s data changed after the plan was shown: read the new plan and carry it out again.</source>
        <translation>Asiakkaan tiedot muuttuivat suunnitelman näyttämisen jälkeen: lue uusi suunnitelma ja toteuta se uudelleen.</translation>
    </message>
    <message>
        <source>The letter was not made: {problem} Nothing was printed.</source>
        <translation>Kirjettä ei tehty: {problem} Mitään ei tulostettu.</translation>
    </message>
    <message>
        <source>The content of letter {reference} was destroyed under the retention rules on {day}; its checksum, type and posting day are kept.</source>
        <translation>Kirjeen {reference} sisältö hävitettiin säilytyssääntöjen mukaan {day}; sen tarkiste, laji ja postituspäivä on säilytetty.</translation>
    </message>
    <message>
        <source>Name the recipient of the export.</source>
        <translation>Anna poiminnan vastaanottaja.</translation>
    </message>
    <message>
        <source>Choose what the upheld objection stops.</source>
        <translation>Valitse, minkä käsittelyn hyväksytty vastustus lopettaa.</translation>
    </message>
    <message>
        <source>Name the processing the customer objects to.</source>
        <translation>Nimeä käsittely, jota asiakas vastustaa.</translation>
    </message>
    <message>
        <source>Write the reasons for the decision: the reply tells them to the customer.</source>
        <translation>Kirjoita päätöksen perustelut: vastaus kertoo ne asiakkaalle.</translation>
    </message>
    <message>
        <source>The customer has no objection request being prepared: register the letter and check the identity first.</source>
        <translation>Asiakkaalla ei ole valmisteltavana olevaa vastustamispyyntöä: kirjaa kirje ja tarkista henkilöllisyys ensin.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice.</source>
        <translation>Uudet salasanat eivät ole samat. Kirjoita uusi salasana kahdesti samalla tavalla.</translation>
    </message>
    <message>
        <source>Choose a password of your own: the new password must differ from the one that was set for you.</source>
        <translation>Valitse oma salasana: uuden salasanan on oltava eri kuin sinulle asetettu.</translation>
    </message>
    <message>
        <source>Unknown language: {language}.</source>
        <translation>Tuntematon kieli: {language}.</translation>
    </message>
    <message>
        <source>Data protection report {first}–{last}</source>
        <translation>Tietosuojaraportti {first}–{last}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Erittely</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation>Saapuneet pyynnöt kuukausittain</translation>
    </message>
    <message>
        <source>Answered on time per month (%)</source>
        <translation>Määräajassa vastatut kuukausittain (%)</translation>
    </message>
    <message>
        <source>Days from receipt to the posted reply</source>
        <translation>Päiviä saapumisesta vastauksen postitukseen</translation>
    </message>
    <message>
        <source>Replies posted</source>
        <translation>Postitetut vastaukset</translation>
    </message>
    <message>
        <source>Answered on time %</source>
        <translation>Vastattu määräajassa %</translation>
    </message>
    <message>
        <source>Median days to reply</source>
        <translation>Vastauspäivien mediaani</translation>
    </message>
    <message>
        <source>90th percentile of days to reply</source>
        <translation>Vastauspäivien 90. persentiili</translation>
    </message>
    <message>
        <source>Requests paused for identity clarification</source>
        <translation>Henkilöllisyyden selvityksen vuoksi keskeytetyt pyynnöt</translation>
    </message>
    <message>
        <source>Days paused</source>
        <translation>Keskeytyspäivät</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Hylkäykset</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>Avoinna jakson lopussa</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <source>Call-recording objections %</source>
        <translation>Puhelutallenteen vastustukset %</translation>
    </message>
    <message>
        <source>Made {day} {time} by {name}. Counts only: no customer is named.</source>
        <translation>Laadittu {day} klo {time}, laatija {name}. Vain lukumääriä: asiakkaita ei nimetä.</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Saapuneet pyynnöt</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Määräajan pidennykset</translation>
    </message>
    <message>
        <source>Prohibitions and consents</source>
        <translation>Kiellot ja suostumukset</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <source>Identity codes revealed per user are in the data protection officer&apos;s report (the audit log is theirs to read).</source>
        <translation>Henkilötunnusten paljastukset käyttäjittäin ovat tietosuojavastaavan raportissa (lokitiedot ovat hänen luettavissaan).</translation>
    </message>
    <message>
        <source>Identity codes revealed</source>
        <translation>Paljastetut henkilötunnukset</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Tuntematon raporttimuoto.</translation>
    </message>
    <message>
        <source>The report period ends before it begins.</source>
        <translation>Raportin jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>A report covers at most {count} months.</source>
        <translation>Raportti kattaa enintään {count} kuukautta.</translation>
    </message>
    <message>
        <source>You are already working on this request.</source>
        <translation>Käsittelet jo tätä pyyntöä.</translation>
    </message>
    <message>
        <source>{count} recordings on the phone system&apos;s destruction list since {day} await its confirmation (recordings list / confirm).</source>
        <translation>{count} tallennetta on puhelinjärjestelmän tuhottavien listalla {day} alkaen ja odottaa sen vahvistusta (recordings list / confirm).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Säilytys</translation>
    </message>
    <message>
        <source>Interrupted: {count} items destroyed in finished batches are kept; the next run carries on.</source>
        <translation>Keskeytetty: valmiiksi ehtineissä erissä hävitetyt {count} kohdetta pysyvät hävitettyinä; seuraava ajo jatkaa siitä.</translation>
    </message>
    <message>
        <source>Nobody is working on this request.</source>
        <translation>Kukaan ei käsittele tätä pyyntöä.</translation>
    </message>
    <message>
        <source>Write the reason for the restriction (e.g. the customer disputes the accuracy of the address).</source>
        <translation>Kirjoita rajoituksen syy (esim. asiakas kiistää osoitteen oikeellisuuden).</translation>
    </message>
    <message>
        <source>The restriction cannot end before today.</source>
        <translation>Rajoitus ei voi päättyä ennen tätä päivää.</translation>
    </message>
    <message>
        <source>Write why the restriction is lifted (the customer has been told beforehand).</source>
        <translation>Kirjoita, miksi rajoitus poistetaan (asiakkaalle on kerrottu etukäteen).</translation>
    </message>
    <message>
        <source>Write who received the data.</source>
        <translation>Kirjoita, kuka tiedot sai.</translation>
    </message>
    <message>
        <source>Write what data was disclosed.</source>
        <translation>Kirjoita, mitä tietoja luovutettiin.</translation>
    </message>
    <message>
        <source>Choose the legal basis of the disclosure.</source>
        <translation>Valitse luovutuksen oikeudellinen peruste.</translation>
    </message>
    <message>
        <source>A disclosure is recorded after it happened: the date cannot be in the future.</source>
        <translation>Luovutus kirjataan sen jälkeen, kun se on tehty: päivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Processing of this customer is already restricted; lift that restriction first to record another.</source>
        <translation>Asiakkaan käsittely on jo rajoitettu; poista se ensin, jos haluat kirjata uuden.</translation>
    </message>
    <message>
        <source>Processing of this customer is not restricted.</source>
        <translation>Asiakkaan käsittelyä ei ole rajoitettu.</translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18): the data may not be disclosed on this basis. Only a legal claim (collection of an unpaid invoice) is allowed while the restriction holds.</source>
        <translation>Asiakkaan käsittely on rajoitettu (tietosuoja-asetus 18 art.): tietoja ei saa luovuttaa tällä perusteella. Rajoituksen aikana vain oikeudellinen vaade (maksamattoman laskun perintä) on sallittu.</translation>
    </message>
    <message>
        <source>The customer&apos;s objection was upheld (GDPR Art. 21(1)): their data are no longer disclosed on this basis. Only legal claims (collection of an unpaid invoice) and statutory duties remain.</source>
        <translation>Asiakkaan vastustus on hyväksytty (tietosuoja-asetus 21 artikla 1 kohta): hänen tietojaan ei enää luovuteta tällä perusteella. Vain oikeudellinen vaade (maksamattoman laskun perintä) ja lakisääteiset velvoitteet ovat mahdollisia.</translation>
    </message>
    <message>
        <source>The utility profile of this database has no complete retention rules: run palvelutiski-admin migrate with the current program.</source>
        <translation>Tietokannan yhtiöprofiilissa ei ole täydellisiä säilytyssääntöjä: aja palvelutiski-admin migrate ohjelman nykyisellä versiolla.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, allow_plaintext must be yes or no. Ask IT to correct it.</source>
        <translation>Asennusasetuksissa {path} allow_plaintext-arvon on oltava yes tai no. Pyydä IT-tukea korjaamaan se.</translation>
    </message>
    <message>
        <source>The site configuration {path} must name the server (host) and the database (name) in its [database] section. Ask IT to correct it.</source>
        <translation>Asennusasetusten {path} [database]-osassa on nimettävä palvelin (host) ja tietokanta (name). Pyydä IT-tukea korjaamaan ne.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, port must be a number, or one number per host. Ask IT to correct it.</source>
        <translation>Asennusasetuksissa {path} port-arvon on oltava numero tai yksi numero kutakin palvelinta kohden. Pyydä IT-tukea korjaamaan se.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, sslmode must be one of {choices}. Ask IT to correct it.</source>
        <translation>Asennusasetuksissa {path} sslmode-arvon on oltava jokin näistä: {choices}. Pyydä IT-tukea korjaamaan se.</translation>
    </message>
    <message>
        <source>The site configuration {path} has sslmode {mode}, which would send passwords and customer data unencrypted to another computer. Ask IT to use verify-full (or to set allow_plaintext = yes, if the network is protected otherwise).</source>
        <translation>Asennusasetuksissa {path} on sslmode {mode}, jolloin salasanat ja asiakastiedot kulkisivat salaamattomina toiselle tietokoneelle. Pyydä IT-tukea käyttämään arvoa verify-full (tai asettamaan allow_plaintext = yes, jos verkko on suojattu muuten).</translation>
    </message>
    <message>
        <source>In the site configuration {path}, language must be fi, sv or en. Ask IT to correct it.</source>
        <translation>Asennusasetuksissa {path} language-arvon on oltava fi, sv tai en. Pyydä IT-tukea korjaamaan se.</translation>
    </message>
    <message>
        <source>In the site configuration {path}, idle_lock_minutes must be a whole number from 1 to 480. Ask IT to correct it.</source>
        <translation>Asennusasetuksissa {path} idle_lock_minutes-arvon on oltava kokonaisluku väliltä 1–480. Pyydä IT-tukea korjaamaan se.</translation>
    </message>
    <message>
        <source>The site configuration {path} does not exist. Ask IT to correct the path.</source>
        <translation>Asennusasetuksia {path} ei ole olemassa. Pyydä IT-tukea korjaamaan polku.</translation>
    </message>
    <message>
        <source>The site configuration {path} cannot be read ({reason}). Ask IT to correct it.</source>
        <translation>Asennusasetuksia {path} ei voi lukea ({reason}). Pyydä IT-tukea korjaamaan ne.</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>väärä salasana</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>tunnus poistettu käytöstä</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>tunnus lukittu</translation>
    </message>
    <message>
        <source>unknown username</source>
        <translation>tuntematon käyttäjätunnus</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>puhelinnumerot</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postiosoite</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>audit-loki</translation>
    </message>
    <message>
        <source>who opened the customer</source>
        <translation>ketkä avasivat asiakkaan</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>viite</translation>
    </message>
    <message>
        <source>call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>kirje</translation>
    </message>
    <message>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>syy</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>asiakkaita</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rivejä</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>kirjauksia</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>sivuja</translation>
    </message>
    <message>
        <source>months</source>
        <translation>kuukautta</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>käyttötarkoitus</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanava</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>päätös</translation>
    </message>
    <message>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <source>from</source>
        <translation>mistä</translation>
    </message>
    <message>
        <source>to</source>
        <translation>mihin</translation>
    </message>
    <message>
        <source>posted on</source>
        <translation>postitettu</translation>
    </message>
    <message>
        <source>until</source>
        <translation>asti</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>{decision}: {purpose}, {channel} (source: {source})</source>
        <translation>{decision}: {purpose}, {channel} (lähde: {source})</translation>
    </message>
    <message>
        <source>{reference}: {source} → {target}</source>
        <translation>{reference}: {source} → {target}</translation>
    </message>
    <message>
        <source>A customer was found</source>
        <translation>Asiakas löytyi</translation>
    </message>
    <message>
        <source>No customer was found</source>
        <translation>Asiakasta ei löytynyt</translation>
    </message>
    <message>
        <source>No direct marketing of any kind: {events} entries (source: {source})</source>
        <translation>Ei minkäänlaista suoramarkkinointia: {events} kirjausta (lähde: {source})</translation>
    </message>
    <message>
        <source>{reference}: customer identified</source>
        <translation>{reference}: asiakas tunnistettu</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Torjuttu: {reason}</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Lukittu {time} asti</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Ilmoitettu syy: {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Muutettu: {fields}</translation>
    </message>
    <message>
        <source>Mistaken entries taken back: {events}</source>
        <translation>Virheellisiä kirjauksia peruttu: {events}</translation>
    </message>
    <message>
        <source>Call {call}, {direction}</source>
        <translation>Puhelu {call}, {direction}</translation>
    </message>
    <message>
        <source>Call {call}; recording notice given: {notice}; customer objected: {objected}</source>
        <translation>Puhelu {call}; tallennusilmoitus annettu: {notice}; asiakas kielsi tallennuksen: {objected}</translation>
    </message>
    <message>
        <source>Linked to call {call}</source>
        <translation>Liitetty puheluun {call}</translation>
    </message>
    <message>
        <source>Note of {length} characters</source>
        <translation>Muistiinpano, {length} merkkiä</translation>
    </message>
    <message>
        <source>{reference}: {type}, received as {channel}</source>
        <translation>{reference}: {type}, saapui: {channel}</translation>
    </message>
    <message>
        <source>{reference}: from {source} to {target}</source>
        <translation>{reference}: käsittelijä {source} → {target}</translation>
    </message>
    <message>
        <source>{reference}: {type}, pages: {pages}</source>
        <translation>{reference}: {type}, sivuja: {pages}</translation>
    </message>
    <message>
        <source>Letter {letter} ({reference})</source>
        <translation>Kirje {letter} ({reference})</translation>
    </message>
    <message>
        <source>Letter {letter} posted on {day}</source>
        <translation>Kirje {letter} postitettu {day}</translation>
    </message>
    <message>
        <source>{username}, role: {role}</source>
        <translation>{username}, rooli: {role}</translation>
    </message>
    <message>
        <source>User {username}</source>
        <translation>Käyttäjä {username}</translation>
    </message>
    <message>
        <source>Suppression list: {purpose}, {channel}, rows: {rows}</source>
        <translation>Kieltoluettelo: {purpose}, {channel}, rivejä: {rows}</translation>
    </message>
    <message>
        <source>File {file}: {customers} customers ({encoding})</source>
        <translation>Tiedosto {file}: {customers} asiakasta ({encoding})</translation>
    </message>
    <message>
        <source>Profile {profile}, administrator {admin}, database {dialect}</source>
        <translation>Profiili {profile}, pääkäyttäjä {admin}, tietokanta {dialect}</translation>
    </message>
    <message>
        <source>Read: {view}</source>
        <translation>Luettu: {view}</translation>
    </message>
    <message>
        <source>{customers} demo customers (seed {seed})</source>
        <translation>{customers} demoasiakasta (siemen {seed})</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Asiakkaan pyyntö</translation>
    </message>
    <message>
        <source>Identity-code searches are suspended for your user name after too many searches that found nobody. Ask a supervisor to release them.</source>
        <translation>Henkilötunnushaut on keskeytetty käyttäjätunnukseltasi liian monen tuloksettoman haun jälkeen. Pyydä esimiestä vapauttamaan ne.</translation>
    </message>
    <message>
        <source>The database server {host} cannot be reached. Check the network connection, or ask IT whether the server is running; then try again.</source>
        <translation>Tietokantapalvelimeen {host} ei saada yhteyttä. Tarkista verkkoyhteys tai kysy IT-tuelta, onko palvelin käynnissä, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection, or ask IT whether the server is running; then try again.</source>
        <translation>Tietokantapalvelimeen ei saada yhteyttä. Tarkista verkkoyhteys tai kysy IT-tuelta, onko palvelin käynnissä, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>A colleague changed this customer&apos;s data a moment ago, so your changes were not saved. The card has been reloaded with their changes.</source>
        <translation>Työtoveri muutti tämän asiakkaan tietoja juuri äsken, joten muutoksiasi ei tallennettu. Kortti on ladattu uudelleen hänen muutoksineen.</translation>
    </message>
    <message>
        <source>A colleague ({actor}) signed this request off a moment ago — it has been reloaded.</source>
        <translation>Työtoveri ({actor}) hyväksyi tämän pyynnön juuri äsken – pyyntö on ladattu uudelleen.</translation>
    </message>
    <message>
        <source>A colleague ({actor}) reassigned this request to {username} a moment ago — it has been reloaded.</source>
        <translation>Työtoveri ({actor}) siirsi tämän pyynnön juuri äsken käsittelijälle {username} – pyyntö on ladattu uudelleen.</translation>
    </message>
    <message>
        <source>A colleague ({actor}) changed this request a moment ago — it has been reloaded. Check it and try again if it is still needed.</source>
        <translation>Työtoveri ({actor}) muutti tätä pyyntöä juuri äsken – pyyntö on ladattu uudelleen. Tarkista se ja yritä uudelleen, jos se on yhä tarpeen.</translation>
    </message>
    <message>
        <source>Posti/DVV update</source>
        <translation>Posti/DVV-päivitys</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>Polussa {path} ei ole tietokantatiedostoa.</translation>
    </message>
    <message>
        <source>The file {path} is not an initialised Palvelutiski database.</source>
        <translation>Tiedosto {path} ei ole alustettu Palvelutiski-tietokanta.</translation>
    </message>
    <message>
        <source>There is no database {name} on the server.</source>
        <translation>Palvelimella ei ole tietokantaa {name}.</translation>
    </message>
    <message>
        <source>The database has no controller profile; run palvelutiski-admin init first.</source>
        <translation>Tietokannassa ei ole rekisterinpitäjän tietoja; aja ensin palvelutiski-admin init.</translation>
    </message>
    <message>
        <source>A call is inbound or outbound.</source>
        <translation>Puhelu on joko saapuva tai lähtevä.</translation>
    </message>
    <message>
        <source>Call {call_id} does not exist.</source>
        <translation>Puhelua {call_id} ei ole.</translation>
    </message>
    <message>
        <source>The call has already ended.</source>
        <translation>Puhelu on jo päättynyt.</translation>
    </message>
    <message>
        <source>This call is already attached to another customer.</source>
        <translation>Puhelu on jo liitetty toiseen asiakkaaseen.</translation>
    </message>
    <message>
        <source>The customer has objected; the recording was stopped and stays stopped.</source>
        <translation>Asiakas on kieltänyt tallennuksen; tallennus pysäytettiin eikä sitä jatketa.</translation>
    </message>
    <message>
        <source>The notice has already been marked as given.</source>
        <translation>Ilmoitus on jo merkitty annetuksi.</translation>
    </message>
    <message>
        <source>The call given as evidence is not a call with this customer.</source>
        <translation>Todisteeksi annettu puhelu ei ole tämän asiakkaan puhelu.</translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation>Tällä tietokoneella ei ole salasanasäilöä (kuten GNOME Keyring, KWallet tai Windowsin Credential Manager), joten salasanaa ei voi muistaa turvallisesti.</translation>
    </message>
    <message>
        <source>Customer {customer_id} does not exist.</source>
        <translation>Asiakasta {customer_id} ei ole.</translation>
    </message>
    <message>
        <source>Choose why the card is opened: call, letter, request or correction.</source>
        <translation>Valitse, miksi kortti avataan: puhelu, kirje, pyyntö vai korjaus.</translation>
    </message>
    <message>
        <source>The postcode {value} belongs to {town}.</source>
        <translation>Postinumero {value} kuuluu postitoimipaikkaan {town}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and {maximum}.</source>
        <translation>Esittelyasiakkaiden määrän on oltava 1–{maximum}.</translation>
    </message>
    <message>
        <source>The database is not initialised: run palvelutiski-admin init first.</source>
        <translation>Tietokantaa ei ole alustettu: aja ensin palvelutiski-admin init.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-stdin.</source>
        <translation>Salasanaa ei voi kysyä, koska pääte puuttuu: käytä valitsinta --password-stdin.</translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation>Käyttäjän {name} salasana: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <source>There is no database file at {path}; create one with palvelutiski-admin init.</source>
        <translation>Polussa {path} ei ole tietokantatiedostoa; luo se komennolla palvelutiski-admin init.</translation>
    </message>
    <message>
        <source>Initialised {where} with profile {profile} (schema {schema}); administrator {admin} created.</source>
        <translation>Tietokanta {where} alustettu profiililla {profile} (skeema {schema}); pääkäyttäjä {admin} luotu.</translation>
    </message>
    <message>
        <source>Schema of {where}: {before} -&gt; {after}.</source>
        <translation>Tietokannan {where} skeema: {before} -&gt; {after}.</translation>
    </message>
    <message>
        <source>User {name} ({role}) created.</source>
        <translation>Käyttäjä {name} ({role}) luotu.</translation>
    </message>
    <message>
        <source>User {name} deactivated.</source>
        <translation>Käyttäjä {name} poistettu käytöstä.</translation>
    </message>
    <message>
        <source>User {name} unlocked.</source>
        <translation>Käyttäjän {name} lukitus avattu.</translation>
    </message>
    <message>
        <source>Added {customers} demo customers ({rows} rows) to {where} in {seconds} s.</source>
        <translation>Lisätty {customers} esittelyasiakasta ({rows} riviä) tietokantaan {where} {seconds} sekunnissa.</translation>
    </message>
    <message>
        <source>Imported {count} customers from {file} ({encoding}, delimiter {delimiter}).</source>
        <translation>Tuotu {count} asiakasta tiedostosta {file} ({encoding}, erotin {delimiter}).</translation>
    </message>
    <message>
        <source>{path} exists already; choose a new file name.</source>
        <translation>{path} on jo olemassa; valitse uusi tiedostonimi.</translation>
    </message>
    <message>
        <source>The copy failed its integrity check: {result}</source>
        <translation>Kopio ei läpäissyt eheystarkistusta: {result}</translation>
    </message>
    <message>
        <source>Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation>Lokiketju ehjä: {count} riviä. Kuitti: {receipt}</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Vakiosyötteessä ei ole salasanaa.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Salasana uudelleen: </translation>
    </message>
    <message>
        <source>Values encrypted now (identity codes, bank accounts, keys): {count}.</source>
        <translation>Nyt salattuja arvoja (henkilötunnukset, pankkitilit, avaimet): {count}.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>No users.</source>
        <translation>Ei käyttäjiä.</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: {count} virhettä; mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Audit log BROKEN: {problem}</source>
        <translation>Lokiketju RIKKI: {problem}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>virhe: {message}</translation>
    </message>
    <message>
        <source>error: database {where}: {reason}</source>
        <translation>virhe: tietokanta {where}: {reason}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>permission denied: {permission}</source>
        <translation>ei oikeutta: {permission}</translation>
    </message>
    <message>
        <source>Restored into {database} in {seconds} s. Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation>Palautettu tietokantaan {database} ajassa {seconds} s. Lokiketju ehjä: {count} riviä. Kuitti: {receipt}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Varmuuskopioidaan</translation>
    </message>
    <message>
        <source>Backed up to {dest} with pg_dump ({size} bytes, {seconds} s). These roles must exist on the server you restore to (listed in {roles_file}): {roles}</source>
        <translation>Varmuuskopioitu pg_dumpilla tiedostoon {dest} ({size} tavua, {seconds} s). Näiden roolien on oltava palvelimella, jolle palautetaan (luettelo tiedostossa {roles_file}): {roles}</translation>
    </message>
    <message>
        <source>Backed up to {dest} ({size} bytes, {seconds} s, integrity ok).</source>
        <translation>Varmuuskopioitu tiedostoon {dest} ({size} tavua, {seconds} s, eheys kunnossa).</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Palautetaan</translation>
    </message>
    <message>
        <source>Restored into {database}, but its audit log is BROKEN: {problem}</source>
        <translation>Palautettu tietokantaan {database}, mutta sen lokiketju on RIKKI: {problem}</translation>
    </message>
    <message>
        <source>Recovery key of the database&apos;s encryption key, shown only now:

    {key}

Print it or write it down and keep it locked away from this computer. With it, palvelutiski-admin rekey --ask-recovery-key restores access to the identity codes and bank accounts on another computer or user account; without it and without this user&apos;s keyring they cannot be read.</source>
        <translation>Tietokannan salausavaimen palautusavain, näytetään vain nyt:

    {key}

Tulosta tai kirjoita se ylös ja säilytä lukitussa paikassa erillään tästä tietokoneesta. Sen avulla palvelutiski-admin rekey --ask-recovery-key palauttaa pääsyn henkilötunnuksiin ja pankkitileihin toisella tietokoneella tai käyttäjätilillä; ilman sitä ja ilman tämän käyttäjän avainnippua niitä ei voi lukea.</translation>
    </message>
    <message>
        <source>The database now has a new encryption key in your keyring; the old recovery key no longer opens it.</source>
        <translation>Tietokannalla on nyt uusi salausavain avainnipussasi; vanha palautusavain ei enää avaa sitä.</translation>
    </message>
    <message>
        <source>No recovery key on standard input.</source>
        <translation>Vakiosyötteessä ei ole palautusavainta.</translation>
    </message>
    <message>
        <source>No terminal to ask for the recovery key: use --recovery-key-stdin.</source>
        <translation>Ei päätettä, jolta palautusavaimen voisi kysyä: käytä valitsinta --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Palautusavain: </translation>
    </message>
    <message>
        <source>Nothing to do: a PostgreSQL database keeps these values from desk logins itself.</source>
        <translation>Ei tehtävää: PostgreSQL-tietokanta suojaa nämä tiedot asiakaspalvelun tunnuksilta itse.</translation>
    </message>
    <message>
        <source>Privacy notice written to {file} ({pages} pages, {language}{draft}).</source>
        <translation>Tietosuojaseloste kirjoitettu tiedostoon {file} ({pages} sivua, {language}{draft}).</translation>
    </message>
    <message>
        <source>The profile lacks: {gaps}.</source>
        <translation>Profiilista puuttuu: {gaps}.</translation>
    </message>
    <message>
        <source>Nothing written: complete the profile, or write a draft with --draft.</source>
        <translation>Mitään ei kirjoitettu: täydennä profiili tai kirjoita luonnos valitsimella --draft.</translation>
    </message>
    <message>
        <source>, draft</source>
        <translation>, luonnos</translation>
    </message>
    <message>
        <source>left</source>
        <translation>jäljellä</translation>
    </message>
    <message>
        <source>Report {first}–{last} written to {file}</source>
        <translation>Raportti {first}–{last} kirjoitettu tiedostoon {file}</translation>
    </message>
    <message>
        <source>Due under the retention rules on {day} (nothing is changed; --apply carries it out):</source>
        <translation>Säilytyssääntöjen mukaan erääntyneet {day} (mitään ei muuteta; --apply toteuttaa):</translation>
    </message>
    <message>
        <source>Retention carried out: {total} items destroyed.</source>
        <translation>Säilytyssäännöt toteutettu: {total} kohdetta hävitetty.</translation>
    </message>
    <message>
        <source>oldest {day}</source>
        <translation>vanhin {day}</translation>
    </message>
    <message>
        <source>{count} customers written to {file}</source>
        <translation>{count} asiakasta kirjoitettu tiedostoon {file}</translation>
    </message>
    <message>
        <source>The address needs more than five lines and does not fit the envelope window. Shorten it on the customer&apos;s card (for example the c/o line or a long name).</source>
        <translation>Osoite vie yli viisi riviä eikä mahdu kirjekuoren ikkunaan. Lyhennä sitä asiakaskortilla (esimerkiksi c/o-riviä tai pitkää nimeä).</translation>
    </message>
    <message>
        <source>The country code of the address is not known, so the envelope cannot name the country. Correct the country on the customer&apos;s card.</source>
        <translation>Osoitteen maatunnusta ei tunneta, joten kirjekuoreen ei voi kirjoittaa maan nimeä. Korjaa maa asiakaskortilla.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Tiedosto on tyhjä: ensimmäisellä rivillä on oltava sarakkeiden nimet.</translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. The columns are listed in docs/csv-import.md.</source>
        <translation>Tuntemattomat sarakkeet: {columns}. Sarakkeet on lueteltu tiedostossa docs/csv-import.md.</translation>
    </message>
    <message>
        <source>Required columns missing: {columns}.</source>
        <translation>Pakollisia sarakkeita puuttuu: {columns}.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Tiedosto ei ole UTF-8- eikä Windows-1252-tekstiä.</translation>
    </message>
    <message>
        <source>The customer number {number} may contain only letters, digits and hyphens.</source>
        <translation>Asiakasnumerossa {number} saa olla vain kirjaimia, numeroita ja yhdysmerkkejä.</translation>
    </message>
    <message>
        <source>The language must be fi, sv or en, not {value}.</source>
        <translation>Kielen on oltava fi, sv tai en, ei {value}.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as FI or SE.</source>
        <translation>Maan on oltava kaksikirjaiminen tunnus, kuten FI tai SE.</translation>
    </message>
    <message>
        <source>The e-mail address {value} is not valid.</source>
        <translation>Sähköpostiosoite {value} ei kelpaa.</translation>
    </message>
    <message>
        <source>The IBAN {value} is not valid.</source>
        <translation>IBAN {value} ei kelpaa.</translation>
    </message>
    <message>
        <source>The kind must be person or company, not {value}.</source>
        <translation>Lajin on oltava person tai company, ei {value}.</translation>
    </message>
    <message>
        <source>hetu_temporary must be yes or no.</source>
        <translation>hetu_temporary-sarakkeen on oltava yes tai no.</translation>
    </message>
    <message>
        <source>A person needs last_name.</source>
        <translation>Henkilöllä on oltava last_name.</translation>
    </message>
    <message>
        <source>A person has a personal identity code, not a Y-tunnus.</source>
        <translation>Henkilöllä on henkilötunnus, ei Y-tunnusta.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {error}</source>
        <translation>Tiedostoa {file} ei voi lukea: {error}</translation>
    </message>
    <message>
        <source>The line has {found} fields; the header has {expected}.</source>
        <translation>Rivillä on {found} kenttää; otsikkorivillä {expected}.</translation>
    </message>
    <message>
        <source>Customer number {number} is already in the database.</source>
        <translation>Asiakasnumero {number} on jo tietokannassa.</translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>{column} is missing.</source>
        <translation>{column} puuttuu.</translation>
    </message>
    <message>
        <source>Customer number {number} is repeated (first on line {first}).</source>
        <translation>Asiakasnumero {number} toistuu (ensimmäisen kerran rivillä {first}).</translation>
    </message>
    <message>
        <source>The postcode {postcode} is not five digits.</source>
        <translation>Postinumero {postcode} ei ole viisinumeroinen.</translation>
    </message>
    <message>
        <source>The phone number {value} has too few digits.</source>
        <translation>Puhelinnumerossa {value} on liian vähän numeroita.</translation>
    </message>
    <message>
        <source>A company needs company_name.</source>
        <translation>Yrityksellä on oltava company_name.</translation>
    </message>
    <message>
        <source>A company has a Y-tunnus, not a personal identity code.</source>
        <translation>Yrityksellä on Y-tunnus, ei henkilötunnusta.</translation>
    </message>
    <message>
        <source>The Y-tunnus {value} is not valid.</source>
        <translation>Y-tunnus {value} ei kelpaa.</translation>
    </message>
    <message>
        <source>The personal identity code is repeated (first on line {first}).</source>
        <translation>Henkilötunnus toistuu (ensimmäisen kerran rivillä {first}).</translation>
    </message>
    <message>
        <source>The personal identity code is already registered to a customer.</source>
        <translation>Henkilötunnus on jo rekisteröity asiakkaalle.</translation>
    </message>
    <message>
        <source>The post town {town} does not belong to postcode {postcode}.</source>
        <translation>Postitoimipaikka {town} ei kuulu postinumeroon {postcode}.</translation>
    </message>
    <message>
        <source>Bad personal identity code: {reason}</source>
        <translation>Virheellinen henkilötunnus: {reason}</translation>
    </message>
    <message>
        <source>The database already holds too many customers for more demo data.</source>
        <translation>Tietokannassa on jo liian monta asiakasta lisättäväksi esittelytietoja.</translation>
    </message>
    <message>
        <source>Demo customer numbers would clash with existing customers.</source>
        <translation>Esittelyasiakkaiden numerot menisivät päällekkäin olemassa olevien asiakkaiden kanssa.</translation>
    </message>
    <message>
        <source>Demo data clashes with data already in the database ({table}); use an empty database.</source>
        <translation>Esittelytiedot menevät päällekkäin tietokannassa jo olevien tietojen kanssa ({table}); käytä tyhjää tietokantaa.</translation>
    </message>
    <message>
        <source>No controller profile is stored; initialise the database first.</source>
        <translation>Rekisterinpitäjän tietoja ei ole tallennettu; alusta ensin tietokanta.</translation>
    </message>
    <message>
        <source>The customer has no postal address on record; a letter cannot be sent.</source>
        <translation>Asiakkaalla ei ole postiosoitetta; kirjettä ei voi lähettää.</translation>
    </message>
    <message>
        <source>The request is not matched to a customer yet; no letter can be sent.</source>
        <translation>Pyyntöä ei ole vielä yhdistetty asiakkaaseen; kirjettä ei voi lähettää.</translation>
    </message>
    <message>
        <source>Describe what was done: the reply tells the customer.</source>
        <translation>Kirjoittakaa, mitä tehtiin: vastauskirje kertoo sen asiakkaalle.</translation>
    </message>
    <message>
        <source>Request {request_id} does not exist.</source>
        <translation>Pyyntöä {request_id} ei ole.</translation>
    </message>
    <message>
        <source>Letter {letter_id} does not exist.</source>
        <translation>Kirjettä {letter_id} ei ole.</translation>
    </message>
    <message>
        <source>Profile file {file}: field {field} {problem}.</source>
        <translation>Profiilitiedosto {file}: kenttä {field} {problem}.</translation>
    </message>
    <message>
        <source>Profile file {file} does not contain a JSON object.</source>
        <translation>Profiilitiedostossa {file} ei ole JSON-objektia.</translation>
    </message>
    <message>
        <source>There is no utility profile called {key}; choose one of: {choices}.</source>
        <translation>Laitosprofiilia {key} ei ole; valitse jokin näistä: {choices}.</translation>
    </message>
    <message>
        <source>Profile file {file} cannot be read: {error}</source>
        <translation>Profiilitiedostoa {file} ei voi lukea: {error}</translation>
    </message>
    <message>
        <source>Profile file {file} is not valid UTF-8 JSON: {error}</source>
        <translation>Profiilitiedosto {file} ei ole kelvollista UTF-8-JSONia: {error}</translation>
    </message>
    <message>
        <source>Unknown request type.</source>
        <translation>Tuntematon pyynnön tyyppi.</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>Tuntematon kanava.</translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation>Vastaanottopäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Unknown identity check method.</source>
        <translation>Tuntematon henkilöllisyyden tarkistustapa.</translation>
    </message>
    <message>
        <source>The posting date cannot be in the future.</source>
        <translation>Postituspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>Pyyntö on suljettu.</translation>
    </message>
    <message>
        <source>Match the request to a customer before checking the identity.</source>
        <translation>Yhdistä pyyntö asiakkaaseen ennen henkilöllisyyden tarkistamista.</translation>
    </message>
    <message>
        <source>No printed letter of this request is waiting for posting.</source>
        <translation>Tämän pyynnön tulostettua kirjettä ei odota postitusta.</translation>
    </message>
    <message>
        <source>{username} is not an active agent or supervisor.</source>
        <translation>{username} ei ole aktiivinen asiakaspalvelija tai esimies.</translation>
    </message>
    <message>
        <source>The request is already assigned to {username}.</source>
        <translation>Pyynnön käsittelijä on jo {username}.</translation>
    </message>
    <message>
        <source>No customer has this identity code.</source>
        <translation>Millään asiakkaalla ei ole tätä henkilötunnusta.</translation>
    </message>
    <message>
        <source>This database is already initialised (profile {profile}); nothing was changed.</source>
        <translation>Tietokanta on jo alustettu (profiili {profile}); mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The database was initialised, but the administrator could not be created ({reason}). Create one with: palvelutiski-admin create-user NAME --role admin</source>
        <translation>Tietokanta alustettiin, mutta pääkäyttäjää ei voitu luoda ({reason}). Luo pääkäyttäjä komennolla: palvelutiski-admin create-user NIMI --role admin</translation>
    </message>
    <message>
        <source>The demo database is a SQLite file.</source>
        <translation>Esittelytietokanta on SQLite-tiedosto.</translation>
    </message>
    <message>
        <source>A username has 3–63 characters: lowercase letters a–z, digits, . - and _, starting with a letter (not pg_ or desk_).</source>
        <translation>Käyttäjätunnuksessa on 3–63 merkkiä: pieniä kirjaimia a–z, numeroita sekä . - ja _, ja se alkaa kirjaimella (ei pg_ tai desk_).</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Salasanassa on oltava vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Salasana ei saa olla sama kuin käyttäjätunnus.</translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation>Käyttäjää {username} ei ole.</translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation>Käyttäjätunnus {username} on jo käytössä.</translation>
    </message>
    <message>
        <source>Password of {name} set. They must choose a new one at their next sign-in.</source>
        <translation>Käyttäjän {name} salasana asetettu. Hänen on valittava uusi salasana seuraavalla kirjautumisella.</translation>
    </message>
    <message>
        <source>Demo customers</source>
        <translation>Demoasiakkaat</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Tuodaan</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation>Keskeytetty: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{count} customers written to {file}; a disclosure to {recipient} recorded for each. Left out: {prohibited} prohibited or without consent, {restricted} restricted, {objected} by an upheld objection, {unreachable} without an address or contact.</source>
        <translation>Tiedostoon {file} kirjoitettiin {count} asiakasta; jokaiselle kirjattiin luovutus vastaanottajalle {recipient}. Pois jätettiin: kielto tai ei suostumusta {prohibited}, käsittely rajoitettu {restricted}, hyväksytty vastustus {objected}, ei osoitetta tai yhteystietoa {unreachable}.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Tietosuojapyyntö</translation>
    </message>
    <message>
        <source>Correction of data</source>
        <translation>Tietojen korjaus</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Customer&apos;s notice</source>
        <translation>Asiakkaan ilmoitus</translation>
    </message>
    <message>
        <source>Data service company</source>
        <translation>Tietopalveluyritys</translation>
    </message>
    <message>
        <source>Previous system</source>
        <translation>Aiempi järjestelmä</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Sähköliittymä</translation>
    </message>
    <message>
        <source>Electricity transmission</source>
        <translation>Sähkönsiirto</translation>
    </message>
    <message>
        <source>Electricity sales</source>
        <translation>Sähkönmyynti</translation>
    </message>
    <message>
        <source>District heating</source>
        <translation>Kaukolämpö</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Vesi</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Maakaasu</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>Laajakaista</translation>
    </message>
    <message>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Sähkö</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>In collection</source>
        <translation>Perinnässä</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <source>Name and postal address</source>
        <translation>Nimi ja postiosoite</translation>
    </message>
    <message>
        <source>Name, postal address and phone number</source>
        <translation>Nimi, postiosoite ja puhelinnumero</translation>
    </message>
    <message>
        <source>Name, postal address and e-mail address</source>
        <translation>Nimi, postiosoite ja sähköpostiosoite</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key of the database {path}, so its identity codes and bank accounts cannot be read. The administrator can restore access with the recovery key: palvelutiski-admin --db {path} rekey --ask-recovery-key</source>
        <translation>Tämän tietokoneen avainnipussa ei ole tietokannan {path} avainta, joten sen henkilötunnuksia ja pankkitilejä ei voi lukea. Pääkäyttäjä voi palauttaa pääsyn palautusavaimella: palvelutiski-admin --db {path} rekey --ask-recovery-key</translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager) to keep the database&apos;s encryption key in. Enable one, or use PostgreSQL.</source>
        <translation>Tässä tietokoneessa ei ole salasanojen avainnippua (kuten GNOME Keyring, KWallet tai Windowsin Credential Manager), johon tietokannan salausavaimen voisi tallentaa. Ota sellainen käyttöön tai käytä PostgreSQL:ää.</translation>
    </message>
    <message>
        <source>The recovery key does not open this database. Check it against the printed copy (8 groups of 4 letters and digits).</source>
        <translation>Palautusavain ei avaa tätä tietokantaa. Tarkista se tulostettua kopiota vasten (8 neljän kirjaimen tai numeron ryhmää).</translation>
    </message>
    <message>
        <source>Another workstation is saving to the database right now, so nothing was saved. Try again in a moment.</source>
        <translation>Toinen työasema tallentaa tietokantaan juuri nyt, joten mitään ei tallennettu. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The connection to the database was lost, so the last action was not saved. Your input is kept; try again in a moment.</source>
        <translation>Yhteys tietokantaan katkesi, joten viimeisintä toimintoa ei tallennettu. Syöttämäsi tiedot ovat tallessa; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>A colleague changed the same data a moment ago, so nothing was saved. Look at the current data and try again.</source>
        <translation>Työtoveri muutti samoja tietoja juuri äsken, joten mitään ei tallennettu. Katso nykyiset tiedot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>A colleague saved the same entry a moment ago, so nothing was saved. Look at the current data and try again.</source>
        <translation>Työtoveri tallensi saman merkinnän juuri äsken, joten mitään ei tallennettu. Katso nykyiset tiedot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>What this refers to was removed a moment ago, so nothing was saved. Reload the view and try again.</source>
        <translation>Tieto, johon tämä viittaa, poistettiin juuri äsken, joten mitään ei tallennettu. Lataa näkymä uudelleen ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be stored (such as invisible control characters from pasted text), so nothing was saved. Remove them and try again.</source>
        <translation>Tekstissä on merkkejä, joita ei voi tallentaa (esimerkiksi liitetyn tekstin näkymättömiä ohjausmerkkejä), joten mitään ei tallennettu. Poista ne ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database does not allow your role to do this, so nothing was saved. Ask the administrator if you need to.</source>
        <translation>Tietokanta ei salli roolisi tehdä tätä, joten mitään ei tallennettu. Kysy pääkäyttäjältä, jos tarvitset oikeuden.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk of {path} (or ask IT to), then try again.</source>
        <translation>Levy on täynnä: mitään ei tallennettu. Vapauta tilaa levyltä, jolla {path} on (tai pyydä IT-tukea tekemään se), ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing was saved. Tell IT; try again when space has been freed.</source>
        <translation>Tietokantapalvelimen levy on täynnä: mitään ei tallennettu. Ilmoita IT-tuelle ja yritä uudelleen, kun tilaa on vapautettu.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved: ask IT to check the file&apos;s permissions ({path}).</source>
        <translation>Tietokantatiedosto on vain luku -tilassa, joten mitään ei tallennettu: pyydä IT-tukea tarkistamaan tiedoston käyttöoikeudet ({path}).</translation>
    </message>
    <message>
        <source>The database accepts no changes at the moment (it is read-only), so nothing was saved. Ask IT whether the database server is being maintained.</source>
        <translation>Tietokanta ei ota muutoksia vastaan juuri nyt (se on vain luku -tilassa), joten mitään ei tallennettu. Kysy IT-tuelta, onko tietokantapalvelimella huoltokatko.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be used. Ask IT to restore it from the backup.</source>
        <translation>Tietokantatiedosto {path} on vioittunut eikä sitä voi käyttää. Pyydä IT-tukea palauttamaan se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read or written (a disk or network drive problem). Ask IT to check it; nothing was saved.</source>
        <translation>Tietokantatiedostoa {path} ei voi lukea tai kirjoittaa (levyn tai verkkolevyn ongelma). Pyydä IT-tukea tarkistamaan se; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>The database has not been initialised: the identity-code key is missing.</source>
        <translation>Tietokantaa ei ole alustettu: henkilötunnusten avain puuttuu.</translation>
    </message>
    <message>
        <source>State the reason for showing the full personal identity code.</source>
        <translation>Kerro syy koko henkilötunnuksen näyttämiselle.</translation>
    </message>
    <message>
        <source>No personal identity code is recorded for this customer.</source>
        <translation>Asiakkaalle ei ole tallennettu henkilötunnusta.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printed by: {0}</source>
        <translation>Tulostaja: {0}</translation>
    </message>
    <message>
        <source>Printed at: {0}</source>
        <translation>Tulostettu: {0}</translation>
    </message>
    <message>
        <source>Letters: {0}, pages: {1}</source>
        <translation>Kirjeitä: {0}, sivuja: {1}</translation>
    </message>
    <message>
        <source>{0}. {1}  {2}  ({3} p.)</source>
        <translation>{0}. {1}  {2}  ({3} s.)</translation>
    </message>
    <message>
        <source>The stored letter {0} cannot be read.</source>
        <translation>Tallennettua kirjettä {0} ei voi lukea.</translation>
    </message>
    <message>
        <source>The printer “{0}” is not available.</source>
        <translation>Tulostin ”{0}” ei ole käytettävissä.</translation>
    </message>
    <message>
        <source>The printer “{0}” reported an error.</source>
        <translation>Tulostin ”{0}” ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation>Tulostus epäonnistui: {0}</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <source>Print letter</source>
        <translation>Tulosta kirje</translation>
    </message>
    <message>
        <source>Access (inspection) request</source>
        <translation>Tarkastuspyyntö (pääsy tietoihin)</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Oikaisu</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Poistaminen</translation>
    </message>
    <message>
        <source>Objection / prohibition</source>
        <translation>Vastustaminen / kielto</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Asiakaspalvelupisteessä</translation>
    </message>
    <message>
        <source>E-mail with a signed attachment</source>
        <translation>Sähköposti ja allekirjoitettu liite</translation>
    </message>
    <message>
        <source>Signature compared with the contract</source>
        <translation>Allekirjoitus verrattu sopimukseen</translation>
    </message>
    <message>
        <source>Photo ID seen at the desk (no copy kept)</source>
        <translation>Kuvallinen henkilöllisyystodistus nähty asiakaspalvelupisteessä (kopiota ei säilytetä)</translation>
    </message>
    <message>
        <source>Matches the address on record</source>
        <translation>Vastaa rekisterissä olevaa osoitetta</translation>
    </message>
    <message>
        <source>Access reply</source>
        <translation>Vastaus tarkastuspyyntöön</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Vastaanottoilmoitus</translation>
    </message>
    <message>
        <source>Identity clarification</source>
        <translation>Henkilöllisyyden selvitys</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Ilmoitus määräajan jatkamisesta</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Kieltäytyminen</translation>
    </message>
    <message>
        <source>Prohibition confirmation</source>
        <translation>Kiellon vahvistus</translation>
    </message>
    <message>
        <source>Rectification reply</source>
        <translation>Vastaus oikaisupyyntöön</translation>
    </message>
    <message>
        <source>Erasure reply</source>
        <translation>Vastaus poistopyyntöön</translation>
    </message>
    <message>
        <source>Objection reply</source>
        <translation>Vastaus kieltoon tai vastustukseen</translation>
    </message>
    <message>
        <source>Restriction reply</source>
        <translation>Vastaus rajoittamispyyntöön</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Toimintoa ei voi tehdä</translation>
    </message>
</context>
</TS>
