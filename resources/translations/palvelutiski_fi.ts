<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="138"/>
        <source>Write dates as d.m.yyyy, e.g. 1.3.2026.</source>
        <translation>Kirjoita päivämäärät muodossa p.k.vvvv, esim. 1.3.2026.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/log_view.py" line="165"/>
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n rivi näkyvissä.</numerusform>
            <numerusform>%n riviä näkyvissä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="166"/>
        <source>No audit rows match.</source>
        <translation>Yksikään lokirivi ei vastaa hakua.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;Action</source>
        <translation>&amp;Toimenpide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;To</source>
        <translation>&amp;Asti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="185"/>
        <source>C&amp;ustomer number</source>
        <translation>A&amp;siakasnumero</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="187"/>
        <source>All actions</source>
        <translation>Kaikki toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="191"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="192"/>
        <source>Sea&amp;rch</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="193"/>
        <source>&amp;Older rows</source>
        <translation>&amp;Vanhemmat rivit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="44"/>
        <source>Audit log</source>
        <translation>Loki</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="52"/>
        <source>&amp;Log</source>
        <translation>&amp;Loki</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="52"/>
        <source>Chain chec&amp;k</source>
        <translation>Ketjun &amp;tarkistus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="53"/>
        <source>&amp;Who opened a customer</source>
        <translation>&amp;Ketkä avasivat asiakkaan</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="183"/>
        <source>No call. Press F2 when a call begins.</source>
        <translation>Ei puhelua. Paina F2, kun puhelu alkaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="187"/>
        <source>Call {ref} started {when} by {agent}</source>
        <translation>Puhelu {ref} alkoi {when}, vastaaja {agent}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="189"/>
        <source>Read to the customer ({language}, script version {version}):</source>
        <translation>Lue asiakkaalle ({language}, tekstin versio {version}):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="196"/>
        <source>Call ended {0}.</source>
        <translation>Puhelu päättyi {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="198"/>
        <source>The recording is destroyed by {0}.</source>
        <translation>Tallenne hävitetään viimeistään {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="201"/>
        <source>The customer objected: recording stopped at {0}.</source>
        <translation>Asiakas kielsi tallennuksen: tallennus pysäytettiin {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="203"/>
        <source>Notice given and accepted: the call is recorded.</source>
        <translation>Ilmoitus annettu ja hyväksytty: puhelu tallennetaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="204"/>
        <source>Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).</source>
        <translation>Ilmoitusta ei ole vielä annettu: lue yllä oleva teksti ja paina sitten F6 (hyväksyi) tai F7 (kielsi).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="207"/>
        <source>Notice given – accepted (F6)</source>
        <translation>Ilmoitus annettu – hyväksyi (F6)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="208"/>
        <source>Objected – stop recording (F7)</source>
        <translation>Kielsi – pysäytä tallennus (F7)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="209"/>
        <source>End call (F8)</source>
        <translation>Lopeta puhelu (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="210"/>
        <source>Call notes (Ctrl+Shift+N):</source>
        <translation>Puhelun muistiinpanot (Ctrl+Shift+N):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="211"/>
        <source>New call</source>
        <translation>Uusi puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="212"/>
        <source>Recording notice given, customer accepted</source>
        <translation>Tallennusilmoitus annettu, asiakas hyväksyi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="213"/>
        <source>Customer objected to recording: stop recording</source>
        <translation>Asiakas kielsi tallennuksen: pysäytä tallennus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="214"/>
        <source>Write call notes</source>
        <translation>Kirjoita puhelun muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="215"/>
        <source>End the call (with the notes)</source>
        <translation>Lopeta puhelu (muistiinpanoineen)</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="130"/>
        <source>Postal addresses (newest first)</source>
        <translation>Postiosoitteet (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="133"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="156"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="133"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="140"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="134"/>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>current</source>
        <translation>nykyinen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="137"/>
        <source>Bank accounts</source>
        <translation>Pankkitilit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="139"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="139"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="140"/>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="146"/>
        <source>Contracts</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="148"/>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="148"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="149"/>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="149"/>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="150"/>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Usage sites</source>
        <translation>Käyttöpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="155"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="164"/>
        <source>Metering point</source>
        <translation>Käyttöpaikkatunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="156"/>
        <source>Commodity</source>
        <translation>Hyödyke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="162"/>
        <source>Consumption per year</source>
        <translation>Kulutus vuosittain</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="164"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="165"/>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="165"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="172"/>
        <source>Invoices (as the billing system reports them)</source>
        <translation>Laskut (laskutusjärjestelmän tietojen mukaan)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="179"/>
        <source>Open invoices</source>
        <translation>Avoimet laskut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="180"/>
        <source>Overdue</source>
        <translation>Erääntyneet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="181"/>
        <source>In collection</source>
        <translation>Perinnässä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="176"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="177"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="182"/>
        <source>Paid in the last 12 months</source>
        <translation>Maksettu viimeisten 12 kuukauden aikana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="183"/>
        <source>Last invoice</source>
        <translation>Viimeisin lasku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="184"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="187"/>
        <source>Item</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="187"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="199"/>
        <source>Calls (newest first)</source>
        <translation>Puhelut (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="202"/>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="202"/>
        <source>Notice</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="203"/>
        <source>Recording</source>
        <translation>Tallenne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="203"/>
        <source>Destroy by</source>
        <translation>Hävitetään</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="204"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="206"/>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="193"/>
        <source>objected, stopped {0}</source>
        <translation>kielsi, pysäytetty {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="134"/>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="201"/>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="201"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="211"/>
        <source>Data-subject requests</source>
        <translation>Rekisteröidyn pyynnöt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="213"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="224"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="213"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="224"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="214"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="214"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="215"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="215"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="227"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="222"/>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="225"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="225"/>
        <source>Pages</source>
        <translation>Sivuja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="226"/>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="226"/>
        <source>Created by</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="227"/>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="235"/>
        <source>Disclosures to other recipients</source>
        <translation>Luovutukset muille vastaanottajille</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="237"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="237"/>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="238"/>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="238"/>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="239"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="246"/>
        <source>Who has looked at this customer (newest first)</source>
        <translation>Ketkä ovat katsoneet tämän asiakkaan tietoja (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="248"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="248"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="249"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="249"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="250"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
</context>
<context>
    <name>ConsentsWidget</name>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="117"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="258"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="260"/>
        <source>No direct marketing of any kind</source>
        <translation>Ei minkäänlaista suoramarkkinointia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="118"/>
        <source>Prohibit or lift the selected purpose and channel</source>
        <translation>Kiellä valittu tarkoitus ja kanava tai poista kielto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="180"/>
        <source>Saving …</source>
        <translation>Tallennetaan …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="185"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="203"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="203"/>
        <source>No consent</source>
        <translation>Ei suostumusta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="221"/>
        <source>Allowed (ASML ended {0})</source>
        <translation>Sallittu (ASML päättyi {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="222"/>
        <source>Allowed</source>
        <translation>Sallittu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="224"/>
        <source>Prohibited ({0})</source>
        <translation>Kielletty ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="226"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="238"/>
        <source>until {0}</source>
        <translation>{0} asti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="255"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="256"/>
        <source>ASML valid &amp;until:</source>
        <translation>ASML voimassa &amp;asti:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="257"/>
        <source>History (newest first)</source>
        <translation>Historia (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="298"/>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="171"/>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="176"/>
        <location filename="../../desktop/views/desk/contact_form.py" line="194"/>
        <source>Correct the marked fields.</source>
        <translation>Korjaa merkityt kentät.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="179"/>
        <source>Saving …</source>
        <translation>Tallennetaan …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="187"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="198"/>
        <source>Your input is kept in the form. The card now shows the other user&apos;s changes; check them and save again if yours should replace them.</source>
        <translation>Syöttämäsi tiedot ovat tallessa lomakkeella. Kortilla näkyvät nyt toisen käyttäjän muutokset; tarkista ne ja tallenna uudelleen, jos omiesi pitää korvata ne.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Puhelinnumerot:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;E-mails:</source>
        <translation>&amp;Sähköpostiosoitteet:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>c/&amp;o:</source>
        <translation>c/&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>St&amp;reet address:</source>
        <translation>&amp;Katuosoite:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>Postco&amp;de:</source>
        <translation>Postinu&amp;mero:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="228"/>
        <source>Post &amp;town:</source>
        <translation>Postitoimi&amp;paikka:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="228"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="232"/>
        <source>e.g. 040 123 4567; +358 9 123 456</source>
        <translation>esim. 040 123 4567; +358 9 123 456</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="237"/>
        <source>Save contact data (Ctrl+S)</source>
        <translation>Tallenna yhteystiedot (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="238"/>
        <source>Save contact data</source>
        <translation>Tallenna yhteystiedot</translation>
    </message>
</context>
<context>
    <name>CustomerAccessesView</name>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="77"/>
        <source>Enter a customer number.</source>
        <translation>Anna asiakasnumero.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/accesses_view.py" line="90"/>
        <source>{name}, customer {number}: %n audited action(s).</source>
        <translation>
            <numerusform>{name}, asiakas {number}: %n lokiin kirjattu toimenpide.</numerusform>
            <numerusform>{name}, asiakas {number}: %n lokiin kirjattua toimenpidettä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="109"/>
        <source>Customer &amp;number</source>
        <translation>Asiakas&amp;numero</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="110"/>
        <source>Show acc&amp;esses</source>
        <translation>Näytä &amp;käsittelyt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="112"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="156"/>
        <source>the customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="164"/>
        <source>End the call (F8) before closing the card.</source>
        <translation>Lopeta puhelu (F8) ennen kortin sulkemista.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="207"/>
        <source>Opening …</source>
        <translation>Avataan …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="259"/>
        <source>Shown for {seconds} seconds, then masked again</source>
        <translation>Näkyy {seconds} sekuntia, sitten taas peitettynä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="281"/>
        <location filename="../../desktop/views/desk/card_view.py" line="312"/>
        <source>No customer open</source>
        <translation>Ei avointa asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Consumption</source>
        <translation>Kulutus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Disclosures</source>
        <translation>Luovutukset</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="231"/>
        <source>Customer no. {number} · Language: {language} · Opened for: {purpose}</source>
        <translation>Asiakasnro {number} · Kieli: {language} · Avattu: {purpose}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Contracts</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Prohibitions</source>
        <translation>Kiellot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Access log</source>
        <translation>Katseluloki</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="305"/>
        <source>Show the tab: {0}</source>
        <translation>Näytä välilehti: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="306"/>
        <source>Show full code …</source>
        <translation>Näytä koko tunnus …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="307"/>
        <source>Show the full personal identity code (reason asked)</source>
        <translation>Näytä koko henkilötunnus (syy kysytään)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="308"/>
        <source>Edit contact data</source>
        <translation>Muokkaa yhteystietoja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="309"/>
        <source>Reload the card</source>
        <translation>Lataa kortti uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="310"/>
        <source>Close the card</source>
        <translation>Sulje kortti</translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="43"/>
        <source>Match to a customer</source>
        <translation>Yhdistä asiakkaaseen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="51"/>
        <source>Search by name, customer no., address …</source>
        <translation>Hae nimellä, asiakasnumerolla, osoitteella …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="55"/>
        <source>Match to the selected customer</source>
        <translation>Yhdistä valittuun asiakkaaseen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="125"/>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Registered</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Customer matched</source>
        <translation>Yhdistetty asiakkaaseen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>Identity checked</source>
        <translation>Henkilöllisyys tarkistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>State changed</source>
        <translation>Tila muuttui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="75"/>
        <source>Identity clarification asked (clock paused)</source>
        <translation>Henkilöllisyyden selvitystä pyydetty (määräaika keskeytetty)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="76"/>
        <source>Clock resumed</source>
        <translation>Määräaika jatkuu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="76"/>
        <source>Reassigned</source>
        <translation>Käsittelijä vaihdettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="87"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="88"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="89"/>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="90"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="91"/>
        <source>Reason</source>
        <translation>Peruste</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="48"/>
        <source>New written request</source>
        <translation>Uusi kirjallinen pyyntö</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="65"/>
        <source>Signed by the requester</source>
        <translation>Pyytäjän allekirjoittama</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="70"/>
        <source>Search by name, customer no., address …</source>
        <translation>Hae nimellä, asiakasnumerolla, osoitteella …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="74"/>
        <source>Not yet identified</source>
        <translation>Ei vielä tunnistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="78"/>
        <source>Archive or scan number of the letter</source>
        <translation>Kirjeen arkisto- tai skannausnumero</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="81"/>
        <source>What does the customer ask for?</source>
        <translation>Mitä asiakas pyytää?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="87"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="88"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Vastaanotettu:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="89"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation>A&amp;siakas:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="94"/>
        <source>&amp;Scanned document:</source>
        <translation>S&amp;kannattu asiakirja:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="95"/>
        <source>&amp;Request text:</source>
        <translation>&amp;Pyynnön teksti:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="100"/>
        <source>&amp;Register</source>
        <translation>&amp;Kirjaa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="145"/>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="174"/>
        <source>Registering …</source>
        <translation>Kirjataan …</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/requests/preview_dialog.py" line="26"/>
        <source>Print preview – {0}</source>
        <translation>Tulostuksen esikatselu – {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/preview_dialog.py" line="40"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/preview_dialog.py" line="44"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="101"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="102"/>
        <source>Made</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="103"/>
        <source>Pages</source>
        <translation>Sivuja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="104"/>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="105"/>
        <source>Posted</source>
        <translation>Postitettu</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="176"/>
        <source>The desk is locked</source>
        <translation>Työpöytä on lukittu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="177"/>
        <source>Signed in: {who}. Type your password to continue; unsaved work is kept as it was.</source>
        <translation>Kirjautuneena: {who}. Jatka kirjoittamalla salasanasi; tallentamaton työ säilyy ennallaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="179"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="180"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="181"/>
        <source>Sign out and quit</source>
        <translation>Kirjaudu ulos ja lopeta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="102"/>
        <source>Preparing the demo database… The first start creates it, which takes a moment.</source>
        <translation>Valmistellaan esittelytietokantaa… Ensimmäisellä käynnistyskerralla se luodaan, mikä kestää hetken.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="130"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="137"/>
        <source>Type your user name.</source>
        <translation>Kirjoita käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="139"/>
        <source>Type your password.</source>
        <translation>Kirjoita salasanasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="142"/>
        <source>Choose the database file.</source>
        <translation>Valitse tietokantatiedosto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="144"/>
        <source>Type the database server&apos;s name.</source>
        <translation>Kirjoita tietokantapalvelimen nimi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="146"/>
        <source>Type the database name.</source>
        <translation>Kirjoita tietokannan nimi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="231"/>
        <source>Choose the database file</source>
        <translation>Valitse tietokantatiedosto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="232"/>
        <source>Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Palvelutiski-tietokanta (*.sqlite3 *.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="273"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="274"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="275"/>
        <source>Path of the database file</source>
        <translation>Tietokantatiedoston polku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="276"/>
        <source>Server name or address</source>
        <translation>Palvelimen nimi tai osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="277"/>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation>Salasana säilytetään tämän tietokoneen salasanasäilössä, ei koskaan tiedostossa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195"/>
        <source>About Palvelutiski</source>
        <translation>Tietoja Palvelutiskistä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="199"/>
        <source>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — the customer service desk of the utility&apos;s customer register.</source>
        <translation>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — energia- ja vesilaitoksen asiakasrekisterin asiakaspalvelutyöpöytä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="201"/>
        <source>Database: {label}</source>
        <translation>Tietokanta: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202"/>
        <source>A SQLite database file offers no protection against anyone who can copy it: whoever has the file can read every customer and every personal identity code in it. On a SQLite workstation, masking and roles are enforced by this application only.</source>
        <translation>SQLite-tietokantatiedosto ei suojaa tietoja keneltäkään, joka voi kopioida sen: tiedoston haltija voi lukea jokaisen asiakkaan ja jokaisen henkilötunnuksen. SQLite-työasemalla peittämisestä ja rooleista huolehtii vain tämä sovellus.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="207"/>
        <source>This desk uses the shared PostgreSQL database with your personal database login: the database server itself keeps full identity codes from roles that may not see them.</source>
        <translation>Tämä työpöytä käyttää yhteistä PostgreSQL-tietokantaa henkilökohtaisella tietokantatunnuksellasi: tietokantapalvelin itse estää kokonaiset henkilötunnukset rooleilta, jotka eivät saa nähdä niitä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="215"/>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Tietokanta ei vastaa. Syöttämäsi tiedot säilyvät; yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/print_flow.py" line="58"/>
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Tulostetaan %n kirje…</numerusform>
            <numerusform>Tulostetaan %n kirjettä…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="24"/>
        <source>&amp;1  Call – the customer is on the line</source>
        <translation>&amp;1  Puhelu – asiakas on linjalla</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="25"/>
        <source>&amp;2  Letter – answering or sending post</source>
        <translation>&amp;2  Kirje – postin vastaaminen tai lähettäminen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="26"/>
        <source>&amp;3  Request – a data-subject request</source>
        <translation>&amp;3  Pyyntö – rekisteröidyn pyyntö</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="27"/>
        <source>&amp;4  Correction – fixing the customer&apos;s data</source>
        <translation>&amp;4  Korjaus – asiakkaan tietojen korjaaminen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="40"/>
        <source>Why are you opening this customer?</source>
        <translation>Miksi avaat tämän asiakkaan tiedot?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="42"/>
        <source>Opening {0}. The reason is written to the access log.</source>
        <translation>Avataan {0}. Syy kirjataan käyttölokiin.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/tables.py" line="117"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n päivä myöhässä</numerusform>
            <numerusform>%n päivää myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/tables.py" line="118"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="121"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source>not identified</source>
        <translation>ei tunnistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="123"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="124"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="124"/>
        <source> (paused)</source>
        <translation> (keskeytetty)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="125"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="126"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="127"/>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="128"/>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="105"/>
        <source>Record identity check</source>
        <translation>Kirjaa henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="107"/>
        <source>Needs clarification (letter, pause)</source>
        <translation>Tarvitsee selvitystä (kirje, keskeytys)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="114"/>
        <source>Reason (hold, extension, refusal, withdrawal, clarification) or, at sign-off, what was done</source>
        <translation>Peruste (odotus, jatkaminen, hylkäys, peruminen, selvitys) tai hyväksyttäessä, mitä tehtiin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="117"/>
        <source>Sign off and generate reply</source>
        <translation>Hyväksy ja laadi vastaus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="119"/>
        <source>Refuse…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="123"/>
        <source> month(s)</source>
        <translation> kk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="124"/>
        <source>Extend deadline (letter)</source>
        <translation>Jatka määräaikaa (kirje)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="129"/>
        <source>Preview and print…</source>
        <translation>Esikatsele ja tulosta…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="131"/>
        <source>Acknowledgement letter</source>
        <translation>Vastaanottokuittaus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="137"/>
        <source>Mark posted</source>
        <translation>Merkitse postitetuksi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="147"/>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="152"/>
        <source>Workflow</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="161"/>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="165"/>
        <source>Posted on:</source>
        <translation>Postituspäivä:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="170"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="218"/>
        <source>signed</source>
        <translation>allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="218"/>
        <source>NOT signed</source>
        <translation>EI allekirjoitettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="219"/>
        <source>{0} – {1} – {2}</source>
        <translation>{0} – {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="221"/>
        <source>Received {0} by {1}, {2}</source>
        <translation>Vastaanotettu {0}, {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="224"/>
        <source>Closed. Posted on {0}.</source>
        <translation>Suljettu. Postitettu {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="225"/>
        <source>Closed.</source>
        <translation>Suljettu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="228"/>
        <source>%n day(s) OVERDUE</source>
        <translation>
            <numerusform>%n päivä MYÖHÄSSÄ</numerusform>
            <numerusform>%n päivää MYÖHÄSSÄ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="230"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n päivä jäljellä</numerusform>
            <numerusform>%n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="231"/>
        <source>Received {0}, reply due {1} ({2}).</source>
        <translation>Vastaanotettu {0}, vastattava viimeistään {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="234"/>
        <source>Deadline extended.</source>
        <translation>Määräaikaa jatkettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="236"/>
        <source>Clock paused since {0} (identity clarification).</source>
        <translation>Määräaika keskeytetty {0} alkaen (henkilöllisyyden selvitys).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="239"/>
        <source>Paused %n day(s) so far.</source>
        <translation>
            <numerusform>Keskeytetty tähän mennessä %n päivä.</numerusform>
            <numerusform>Keskeytetty tähän mennessä %n päivää.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="241"/>
        <source>Handled by {0}.</source>
        <translation>Käsittelijä: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="243"/>
        <source>Also open for this customer: {0}</source>
        <translation>Asiakkaalla myös avoinna: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="247"/>
        <source>Checked: {0} ({1}, {2})</source>
        <translation>Tarkistettu: {0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="265"/>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="299"/>
        <source>Check the address before printing: {0}</source>
        <translation>Tarkista osoite ennen tulostamista: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="347"/>
        <source>Printing {0} …</source>
        <translation>Tulostetaan {0} …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="351"/>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation>Tulostettu. Laita kirje ikkunakuoreen ja merkitse se postitetuksi.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="76"/>
        <source>&amp;New request…</source>
        <translation>&amp;Uusi pyyntö…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="98"/>
        <source>All states</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="101"/>
        <source>Show closed</source>
        <translation>Näytä suljetut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="102"/>
        <source>New request…</source>
        <translation>Uusi pyyntö…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="104"/>
        <source>Print all waiting letters…</source>
        <translation>Tulosta kaikki odottavat kirjeet…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="109"/>
        <source>Agent or supervisor to hand the chosen request to</source>
        <translation>Asiakaspalvelija tai esimies, jolle valittu pyyntö siirretään</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="110"/>
        <source>Reassign</source>
        <translation>Siirrä käsittelijälle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="165"/>
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n avoin pyyntö</numerusform>
            <numerusform>%n avointa pyyntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="166"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n myöhässä</numerusform>
            <numerusform>, %n myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="201"/>
        <source>Choose a request in the queue first.</source>
        <translation>Valitse ensin pyyntö jonosta.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="208"/>
        <source>{0} is now handled by {1}.</source>
        <translation>Pyynnön {0} käsittelijä on nyt {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="232"/>
        <source>No letters are waiting to be printed.</source>
        <translation>Tulostusta odottavia kirjeitä ei ole.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="240"/>
        <source>Letters to post</source>
        <translation>Postitettavat kirjeet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="241"/>
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Tulostetaan %n kirje…</numerusform>
            <numerusform>Tulostetaan %n kirjettä…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="243"/>
        <source>Palvelutiski letters</source>
        <translation>Palvelutiskin kirjeet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="246"/>
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n kirje tulostettu.</numerusform>
            <numerusform>%n kirjettä tulostettu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealHetuDialog</name>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="77"/>
        <source>Show the full personal identity code</source>
        <translation>Näytä koko henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="79"/>
        <source>State the reason. It is stored in the audit log with your name.</source>
        <translation>Kerro syy. Se tallennetaan lokiin nimelläsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="95"/>
        <source>Write a reason of at least a few words.</source>
        <translation>Kirjoita syy vähintään muutamalla sanalla.</translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <location filename="../../desktop/views/admin/role_pages.py" line="61"/>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="230"/>
        <source>Name, customer no., address, phone, e-mail, metering point, business ID or identity code</source>
        <translation>Nimi, asiakasnro, osoite, puhelin, sähköposti, käyttöpaikkatunnus, Y-tunnus tai henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="275"/>
        <source>Move in the result list (also from the field)</source>
        <translation>Liiku tuloslistassa (myös hakukentästä)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="276"/>
        <source>Open the selected customer</source>
        <translation>Avaa valittu asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="277"/>
        <source>Clear the search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="331"/>
        <source>More than {0} matches – type more to narrow the search …</source>
        <translation>Yli {0} osumaa – tarkenna hakua kirjoittamalla lisää …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="334"/>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/desk/search_panel.py" line="336"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n asiakas</numerusform>
            <numerusform>%n asiakasta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Customer no.</source>
        <translation>Asiakasnro</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Identity</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="70"/>
        <source>Matched by</source>
        <translation>Osuma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="128"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="129"/>
        <source>customer number</source>
        <translation>asiakasnumero</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="130"/>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="131"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="132"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="133"/>
        <source>metering point</source>
        <translation>käyttöpaikkatunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="134"/>
        <source>usage site</source>
        <translation>käyttöpaikka</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="135"/>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="136"/>
        <source>personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../desktop/views/shortcut_overlay.py" line="122"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcut_overlay.py" line="123"/>
        <source>Esc or F1 closes this list.</source>
        <translation>Esc tai F1 sulkee tämän luettelon.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/views/status_line.py" line="64"/>
        <source>Working…</source>
        <translation>Työskentelee…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="65"/>
        <source>Connected</source>
        <translation>Yhteys toimii</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="66"/>
        <source>Connection lost</source>
        <translation>Yhteys katkesi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="68"/>
        <source>The database answers.</source>
        <translation>Tietokanta vastaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="69"/>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Tietokanta ei vastaa. Syöttämäsi tiedot säilyvät; yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="44"/>
        <location filename="../../desktop/views/admin/users_page.py" line="161"/>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="175"/>
        <source>until {time}</source>
        <translation>{time} asti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="177"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="177"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="202"/>
        <source>Choose a user in the list.</source>
        <translation>Valitse käyttäjä luettelosta.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="215"/>
        <location filename="../../desktop/views/admin/users_page.py" line="239"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="224"/>
        <source>User {username} created ({role}).</source>
        <translation>Käyttäjä {username} luotu ({role}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="243"/>
        <source>New password set for {username}.</source>
        <translation>Käyttäjälle {username} asetettu uusi salasana.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="251"/>
        <source>{username} can sign in again.</source>
        <translation>{username} voi taas kirjautua.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="261"/>
        <source>Deactivate {username}? They can no longer sign in; their audit history stays.</source>
        <translation>Poistetaanko käyttäjä {username} käytöstä? Hän ei voi enää kirjautua; hänen lokihistoriansa säilyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="267"/>
        <source>{username} has been deactivated.</source>
        <translation>{username} on poistettu käytöstä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Last sign-in</source>
        <translation>Viimeisin kirjautuminen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="292"/>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="293"/>
        <source>New user</source>
        <translation>Uusi käyttäjä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Username</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ooli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="295"/>
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="300"/>
        <source>e.g. aino.virtanen</source>
        <translation>esim. aino.virtanen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="301"/>
        <source>at least 10 characters</source>
        <translation>vähintään 10 merkkiä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="304"/>
        <source>Cr&amp;eate user</source>
        <translation>&amp;Luo käyttäjä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="310"/>
        <source>Se&amp;t password</source>
        <translation>&amp;Aseta salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="305"/>
        <source>Selected user</source>
        <translation>Valittu käyttäjä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="306"/>
        <source>New pass&amp;word</source>
        <translation>Uusi sala&amp;sana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="306"/>
        <source>New password a&amp;gain</source>
        <translation>Uusi salasana uu&amp;delleen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="311"/>
        <source>Un&amp;lock</source>
        <translation>Avaa &amp;lukitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="312"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Poista käytöstä…</translation>
    </message>
</context>
<context>
    <name>VerifyChainView</name>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="93"/>
        <source>Verifying the audit chain…</source>
        <translation>Tarkistetaan lokiketjua…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/verify_view.py" line="102"/>
        <source>The audit chain is intact: %n row(s), head hash {hash}.</source>
        <translation>
            <numerusform>Lokiketju on eheä: %n rivi, viimeisimmän rivin tiiviste {hash}.</numerusform>
            <numerusform>Lokiketju on eheä: %n riviä, viimeisimmän rivin tiiviste {hash}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="105"/>
        <source>It matches the receipt.</source>
        <translation>Se vastaa kuittia.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="106"/>
        <source>Write down or print the receipt below and check against it next time.</source>
        <translation>Kirjoita muistiin tai tulosta alla oleva kuitti ja tarkista seuraavalla kerralla sitä vasten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="111"/>
        <source>The audit chain is NOT intact.</source>
        <translation>Lokiketju EI ole eheä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="145"/>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="146"/>
        <source>Verified</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="147"/>
        <source>Verified by</source>
        <translation>Tarkistaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="148"/>
        <source>Rows</source>
        <translation>Rivejä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="149"/>
        <source>Head hash</source>
        <translation>Viimeisimmän rivin tiiviste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="150"/>
        <source>Receipt</source>
        <translation>Kuitti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="154"/>
        <location filename="../../desktop/views/audit/verify_view.py" line="163"/>
        <source>Audit log receipt</source>
        <translation>Lokin kuitti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="155"/>
        <source>Keep this sheet apart from the computer. A later verification against this receipt shows whether rows were removed or rewritten.</source>
        <translation>Säilytä tämä paperi erillään tietokoneesta. Myöhempi tarkistus tätä kuittia vasten osoittaa, onko rivejä poistettu tai kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="174"/>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Enter the receipt from the previous verification to also catch rows removed from the end.</source>
        <translation>Tarkistus lukee koko lokin ja tarkistaa jokaisen rivin tiivisteen. Anna edellisen tarkistuksen kuitti, niin myös lopusta poistetut rivit havaitaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="177"/>
        <source>&amp;Earlier receipt</source>
        <translation>&amp;Aiempi kuitti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="178"/>
        <source>rows:hash (optional)</source>
        <translation>rivit:tiiviste (vapaaehtoinen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="179"/>
        <source>Ve&amp;rify chain</source>
        <translation>&amp;Tarkista ketju</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="180"/>
        <source>Co&amp;py</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="181"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../desktop/views/desk/common.py" line="45"/>
        <source>The operation failed: {0}</source>
        <translation>Toiminto epäonnistui: {0}</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="26"/>
        <source>Something went wrong inside Palvelutiski. The details are in the log file.</source>
        <translation>Palvelutiskissä tapahtui virhe. Yksityiskohdat ovat lokitiedostossa.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="39"/>
        <source>Unexpected error</source>
        <translation>Odottamaton virhe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="40"/>
        <source>Palvelutiski ran into an error it did not expect. Your saved work is safe; the action you were doing may not have finished.</source>
        <translation>Palvelutiskissä tapahtui odottamaton virhe. Tallennettu työsi on tallessa; meneillään ollut toiminto ei ehkä valmistunut.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="44"/>
        <source>Please tell the helpdesk. The log file is {path}.</source>
        <translation>Ilmoita asiasta tukipalveluun. Lokitiedosto on {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="47"/>
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
</context>
<context>
    <name>login_dialog</name>
    <message>
        <location filename="../../forms/login_dialog.ui" line="14"/>
        <source>Palvelutiski – sign in</source>
        <translation>Palvelutiski – kirjautuminen</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="42"/>
        <source>Customer service desk – sign in with your personal user name.</source>
        <translation>Asiakaspalvelun työpöytä – kirjaudu henkilökohtaisella käyttäjätunnuksellasi.</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="63"/>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="80"/>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="97"/>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="108"/>
        <source>Shared database (PostgreSQL)</source>
        <translation>Yhteinen tietokanta (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="113"/>
        <source>Database file on this computer (SQLite)</source>
        <translation>Tietokantatiedosto tällä tietokoneella (SQLite)</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="137"/>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="167"/>
        <source>Database &amp;name:</source>
        <translation>Tietokannan &amp;nimi:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="199"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="210"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="223"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Muista salasana tällä tietokoneella</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>&amp;Session</source>
        <translation>&amp;Istunto</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="64"/>
        <source>&amp;Customer</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="72"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="76"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="83"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Lukitse työpöytä</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>New &amp;call</source>
        <translation>Uusi &amp;puhelu</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>New &amp;request</source>
        <translation>Uusi p&amp;yyntö</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127"/>
        <source>&amp;About Palvelutiski</source>
        <translation>&amp;Tietoja Palvelutiskistä</translation>
    </message>
</context>
<context>
    <name>palvelutiski</name>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="36"/>
        <source>A line of the address is longer than 30 characters and was wrapped; check it.</source>
        <translation>Osoitteen rivi on yli 30 merkkiä pitkä ja se rivitettiin; tarkista se.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="37"/>
        <source>The address has no recipient name.</source>
        <translation>Osoitteesta puuttuu vastaanottajan nimi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="38"/>
        <source>The address has no street or PO box.</source>
        <translation>Osoitteesta puuttuu katuosoite tai postilokero.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="39"/>
        <source>The address has no post town.</source>
        <translation>Osoitteesta puuttuu postitoimipaikka.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="40"/>
        <source>The address has more than six lines and may not show in the envelope window.</source>
        <translation>Osoitteessa on yli kuusi riviä, eikä se ehkä näy kirjekuoren ikkunasta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="41"/>
        <source>A Finnish postcode has five digits.</source>
        <translation>Suomalaisessa postinumerossa on viisi numeroa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="42"/>
        <source>The phone number {value} may contain only digits, spaces, hyphens and a leading +.</source>
        <translation>Puhelinnumerossa {value} saa olla vain numeroita, välilyöntejä, yhdysmerkkejä ja alussa +.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="43"/>
        <source>The phone number {value} is not a Finnish number (0… or +358…) of the right length.</source>
        <translation>Puhelinnumero {value} ei ole oikean pituinen suomalainen numero (0… tai +358…).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="44"/>
        <source>The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).</source>
        <translation>Sähköpostiosoite {value} ei kelpaa (esim. maija.meikalainen@example.fi).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="45"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="168"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="174"/>
        <source>The language must be Finnish, Swedish or English.</source>
        <translation>Kielen on oltava suomi, ruotsi tai englanti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="46"/>
        <source>The same phone number is given twice.</source>
        <translation>Sama puhelinnumero on annettu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="47"/>
        <source>The same e-mail address is given twice.</source>
        <translation>Sama sähköpostiosoite on annettu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="48"/>
        <source>Enter the street address (at most 100 characters).</source>
        <translation>Kirjoita katuosoite (enintään 100 merkkiä).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="49"/>
        <source>The country is a two-letter code, e.g. FI or SE.</source>
        <translation>Maa on kaksikirjaiminen tunnus, esim. FI tai SE.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="50"/>
        <source>A Finnish postcode has exactly 5 digits, e.g. 94450.</source>
        <translation>Suomalaisessa postinumerossa on tasan 5 numeroa, esim. 94450.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="51"/>
        <source>The post town {value} must be letters only, e.g. Keminmaa.</source>
        <translation>Postitoimipaikassa {value} saa olla vain kirjaimia, esim. Keminmaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="52"/>
        <source>The c/o line has at most 60 characters.</source>
        <translation>c/o-rivillä on enintään 60 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="53"/>
        <source>Enter the postcode (at most 10 characters).</source>
        <translation>Kirjoita postinumero (enintään 10 merkkiä).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="54"/>
        <source>The deadline has already been extended once.</source>
        <translation>Määräaikaa on jo jatkettu kerran.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="55"/>
        <source>The deadline can be extended by one or two months.</source>
        <translation>Määräaikaa voi jatkaa yhdellä tai kahdella kuukaudella.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="56"/>
        <source>An extension needs a reason; it is sent to the customer.</source>
        <translation>Jatkamiselle tarvitaan peruste; se lähetetään asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="57"/>
        <source>The deadline can only be extended before it has passed (due {due}).</source>
        <translation>Määräaikaa voi jatkaa vain ennen kuin se on umpeutunut (määräpäivä {due}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="58"/>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä, esim. 131052-308T.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="59"/>
        <source>The 7th character of a personal identity code must be one of + - A–F U–Y.</source>
        <translation>Henkilötunnuksen 7. merkin on oltava jokin merkeistä + - A–F U–Y.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="60"/>
        <source>The birth date in the personal identity code is in the future.</source>
        <translation>Henkilötunnuksen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="61"/>
        <source>Individual numbers 900–999 are temporary codes; mark the code as temporary.</source>
        <translation>Yksilönumerot 900–999 ovat tilapäisiä tunnuksia; merkitse tunnus tilapäiseksi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="62"/>
        <source>The personal identity code is not in the form DDMMYYCZZZQ.</source>
        <translation>Henkilötunnus ei ole muotoa PPKKVVSNNNT.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="63"/>
        <source>The check character of the personal identity code is wrong.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="64"/>
        <source>The personal identity code has an impossible birth date or number.</source>
        <translation>Henkilötunnuksessa on mahdoton syntymäaika tai yksilönumero.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="65"/>
        <source>Direct advertising</source>
        <translation>Suoramainonta</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="66"/>
        <source>Distance selling</source>
        <translation>Etämyynti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="67"/>
        <source>Other direct marketing</source>
        <translation>Muu suoramarkkinointi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="68"/>
        <source>Market research</source>
        <translation>Markkinatutkimus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="69"/>
        <source>Opinion polls</source>
        <translation>Mielipidetiedustelut</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="70"/>
        <source>Person registers</source>
        <translation>Henkilömatrikkelit</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="71"/>
        <source>Genealogy</source>
        <translation>Sukututkimus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="72"/>
        <source>Electronic marketing (consent)</source>
        <translation>Sähköinen suoramarkkinointi (suostumus)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="73"/>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="74"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="75"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="76"/>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="77"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="78"/>
        <source>Customer by phone</source>
        <translation>Asiakas puhelimitse</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="79"/>
        <source>Customer by letter</source>
        <translation>Asiakas kirjeellä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="80"/>
        <source>Customer by e-mail</source>
        <translation>Asiakas sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="81"/>
        <source>Customer at the desk</source>
        <translation>Asiakas asiakaspalvelupisteessä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="82"/>
        <source>DVV (Population Information System)</source>
        <translation>DVV (väestötietojärjestelmä)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="83"/>
        <source>ASML telephone restriction service</source>
        <translation>ASML:n puhelinmarkkinoinnin kieltopalvelu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="84"/>
        <source>Prohibited</source>
        <translation>Kielletty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="85"/>
        <source>Prohibition lifted</source>
        <translation>Kielto poistettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="86"/>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="87"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="88"/>
        <source>There is no prohibition from this source to lift.</source>
        <translation>Tästä lähteestä ei ole kieltoa, jonka voisi poistaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="89"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="248"/>
        <source>Unknown purpose: {purpose}.</source>
        <translation>Tuntematon käyttötarkoitus: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="90"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="249"/>
        <source>Unknown channel: {channel}.</source>
        <translation>Tuntematon kanava: {channel}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="91"/>
        <source>Unknown source: {source}.</source>
        <translation>Tuntematon lähde: {source}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="92"/>
        <source>Unknown decision: {decision}.</source>
        <translation>Tuntematon päätös: {decision}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="93"/>
        <source>The validity end date is before the date of the event.</source>
        <translation>Voimassaolon päättymispäivä on ennen tapahtuman päivää.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="94"/>
        <source>This prohibition is registered at DVV; the customer lifts it there.</source>
        <translation>Kielto on rekisteröity DVV:hen; asiakas poistaa sen siellä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="95"/>
        <source>This is an ASML telephone restriction; the customer cancels it there.</source>
        <translation>Tämä on ASML:n puhelinmarkkinointikielto; asiakas peruu sen siellä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="96"/>
        <source>Only the customer or DVV can prohibit all direct marketing.</source>
        <translation>Vain asiakas tai DVV voi kieltää kaiken suoramarkkinoinnin.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="97"/>
        <source>Electronic marketing is given or withdrawn as a consent.</source>
        <translation>Sähköiseen suoramarkkinointiin annetaan tai siitä perutaan suostumus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="98"/>
        <source>Electronic-marketing consent applies to e-mail and SMS only.</source>
        <translation>Sähköisen suoramarkkinoinnin suostumus koskee vain sähköpostia ja tekstiviestejä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="99"/>
        <source>Only the customer can give or withdraw a consent.</source>
        <translation>Vain asiakas voi antaa tai perua suostumuksen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="100"/>
        <source>A purpose other than electronic marketing is prohibited or lifted.</source>
        <translation>Muu kuin sähköinen suoramarkkinointi kielletään tai kielto poistetaan.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="101"/>
        <source>The ASML restriction service covers telephone marketing only.</source>
        <translation>ASML:n kieltopalvelu koskee vain puhelinmarkkinointia.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="102"/>
        <source>An ASML telephone restriction needs its validity end date.</source>
        <translation>ASML:n puhelinmarkkinointikiellolle tarvitaan voimassaolon päättymispäivä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="103"/>
        <source>Only an ASML telephone restriction has a validity end date.</source>
        <translation>Vain ASML:n puhelinmarkkinointikiellolla on voimassaolon päättymispäivä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="104"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="105"/>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="106"/>
        <source>In preparation</source>
        <translation>Valmistelussa</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="107"/>
        <source>Awaiting sign-off</source>
        <translation>Odottaa hyväksyntää</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="108"/>
        <source>Ready to print</source>
        <translation>Valmis tulostettavaksi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="109"/>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="110"/>
        <source>Dispatched</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="111"/>
        <source>On hold</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="112"/>
        <source>Deadline extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="113"/>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="114"/>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="115"/>
        <source>A request cannot move from “{source}” to “{target}”.</source>
        <translation>Pyyntö ei voi siirtyä tilasta ”{source}” tilaan ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="116"/>
        <source>Your role may not move a request to “{target}”.</source>
        <translation>Roolisi ei saa siirtää pyyntöä tilaan ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="117"/>
        <source>Give a reason for “{target}”.</source>
        <translation>Anna peruste tilalle ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="118"/>
        <source>Only a supervisor may sign off or refuse a request.</source>
        <translation>Vain esihenkilö voi hyväksyä tai hylätä pyynnön.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="119"/>
        <source>Customer service agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="120"/>
        <source>Supervisor</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="121"/>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="122"/>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="123"/>
        <source>Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched.</source>
        <translation>Henkilötunnuksella haetaan vain kokonaisella tunnuksella (kaikki 11 merkkiä, esim. 131052-308T); tunnuksen osilla ei koskaan haeta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="124"/>
        <source>Login</source>
        <translation>Kirjautuminen</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="125"/>
        <source>Failed login</source>
        <translation>Epäonnistunut kirjautuminen</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="126"/>
        <source>Account locked</source>
        <translation>Tunnus lukittu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="127"/>
        <source>Account unlocked</source>
        <translation>Tunnuksen lukitus avattu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="128"/>
        <source>Logout</source>
        <translation>Uloskirjautuminen</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="129"/>
        <source>Session locked</source>
        <translation>Istunto lukittu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="130"/>
        <source>Customer opened</source>
        <translation>Asiakas avattu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="131"/>
        <source>Customer&apos;s audit trail read</source>
        <translation>Asiakkaan lokitiedot luettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="132"/>
        <source>Identity code search</source>
        <translation>Haku henkilötunnuksella</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="133"/>
        <source>Identity code revealed</source>
        <translation>Henkilötunnus näytetty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="134"/>
        <source>Contact details changed</source>
        <translation>Yhteystietoja muutettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="135"/>
        <source>Consent or prohibition recorded</source>
        <translation>Suostumus tai kielto kirjattu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="136"/>
        <source>Call started</source>
        <translation>Puhelu alkoi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="137"/>
        <source>Call ended</source>
        <translation>Puhelu päättyi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="138"/>
        <source>Request registered</source>
        <translation>Pyyntö kirjattu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="139"/>
        <source>Request state changed</source>
        <translation>Pyynnön tila muuttui</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="140"/>
        <source>Request reassigned</source>
        <translation>Pyyntö siirretty toiselle käsittelijälle</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="141"/>
        <source>Letter generated</source>
        <translation>Kirje laadittu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="142"/>
        <source>Letter printed</source>
        <translation>Kirje tulostettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="143"/>
        <source>Letter dispatched</source>
        <translation>Kirje postitettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="144"/>
        <source>User created</source>
        <translation>Käyttäjä luotu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="145"/>
        <source>Password set</source>
        <translation>Salasana asetettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="146"/>
        <source>User deactivated</source>
        <translation>Käyttäjä poistettu käytöstä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="147"/>
        <source>User unlocked</source>
        <translation>Käyttäjän lukitus avattu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="148"/>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="149"/>
        <source>Demo data</source>
        <translation>Esittelytiedot</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="150"/>
        <source>Customers imported</source>
        <translation>Asiakkaat tuotu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="151"/>
        <source>Database initialised</source>
        <translation>Tietokanta alustettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="152"/>
        <source>No customer has the number {number}.</source>
        <translation>Millään asiakkaalla ei ole numeroa {number}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="153"/>
        <source>The start date is after the end date.</source>
        <translation>Alkupäivä on loppupäivän jälkeen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="154"/>
        <source>Audit row {id} has been altered: its content no longer matches its hash.</source>
        <translation>Lokirivi {id} on muutettu: sen sisältö ei enää vastaa tiivistettä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="155"/>
        <source>The audit log is broken before row {id}: a row has been deleted or replaced there.</source>
        <translation>Loki on katkennut ennen riviä {id}: siitä on poistettu tai korvattu rivi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="156"/>
        <source>The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed from the end.</source>
        <translation>Lokissa on {count} riviä, mutta kuitissa {receipt_count}: lopusta on poistettu rivejä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="157"/>
        <source>Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log has been rewritten.</source>
        <translation>Lokirivillä {id} (järjestysnumero {receipt_count}) ei ole kuitin tiivistettä: loki on kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="158"/>
        <source>A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits).</source>
        <translation>Kuitti on rivimäärä ja viimeisimmän rivin tiiviste, esim. 1234:9f86d0…(64 heksadesimaalinumeroa).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="159"/>
        <source>Wrong username or password, or the account is not in use.</source>
        <translation>Väärä käyttäjätunnus tai salasana, tai tunnus ei ole käytössä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="160"/>
        <source>Too many failed attempts: the account is locked. Try again in {minutes} min or ask the administrator to unlock it.</source>
        <translation>Liian monta epäonnistunutta yritystä: tunnus on lukittu. Yritä uudelleen {minutes} min kuluttua tai pyydä pääkäyttäjää avaamaan lukitus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="265"/>
        <source>Posti/DVV update</source>
        <translation>Posti/DVV-päivitys</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="15"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="161"/>
        <source>There is no database file at {path}.</source>
        <translation>Polussa {path} ei ole tietokantatiedostoa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="162"/>
        <source>The file {path} is not an initialised Palvelutiski database.</source>
        <translation>Tiedosto {path} ei ole alustettu Palvelutiski-tietokanta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="163"/>
        <source>The database server {host} cannot be reached.</source>
        <translation>Tietokantapalvelimeen {host} ei saada yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="164"/>
        <source>The database server cannot be reached.</source>
        <translation>Tietokantapalvelimeen ei saada yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="165"/>
        <source>There is no database {name} on the server.</source>
        <translation>Palvelimella ei ole tietokantaa {name}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="166"/>
        <source>The database has no controller profile; run palvelutiski-admin init first.</source>
        <translation>Tietokannassa ei ole rekisterinpitäjän tietoja; aja ensin palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="167"/>
        <source>A call is inbound or outbound.</source>
        <translation>Puhelu on joko saapuva tai lähtevä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="169"/>
        <source>Call {call_id} does not exist.</source>
        <translation>Puhelua {call_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="170"/>
        <source>The call has already ended.</source>
        <translation>Puhelu on jo päättynyt.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="171"/>
        <source>This call is already attached to another customer.</source>
        <translation>Puhelu on jo liitetty toiseen asiakkaaseen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="172"/>
        <source>The customer has objected; the recording was stopped and stays stopped.</source>
        <translation>Asiakas on kieltänyt tallennuksen; tallennus pysäytettiin eikä sitä jatketa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="173"/>
        <source>The notice has already been marked as given.</source>
        <translation>Ilmoitus on jo merkitty annetuksi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="175"/>
        <source>The call given as evidence is not a call with this customer.</source>
        <translation>Todisteeksi annettu puhelu ei ole tämän asiakkaan puhelu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="176"/>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation>Tällä tietokoneella ei ole salasanasäilöä (kuten GNOME Keyring, KWallet tai Windowsin Credential Manager), joten salasanaa ei voi muistaa turvallisesti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="206"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="234"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="235"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="247"/>
        <source>Customer {customer_id} does not exist.</source>
        <translation>Asiakasta {customer_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="207"/>
        <source>Another user changed this customer&apos;s data while you were editing. Your changes were not saved; reopen the card to see the new data, then enter your changes again.</source>
        <translation>Toinen käyttäjä muutti asiakkaan tietoja muokatessasi. Muutoksiasi ei tallennettu; avaa kortti uudelleen nähdäksesi uudet tiedot ja syötä sitten muutoksesi uudelleen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="208"/>
        <source>Choose why the card is opened: call, letter, request or correction.</source>
        <translation>Valitse, miksi kortti avataan: puhelu, kirje, pyyntö vai korjaus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="209"/>
        <source>The postcode {value} belongs to {town}.</source>
        <translation>Postinumero {value} kuuluu postitoimipaikkaan {town}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="210"/>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="211"/>
        <source>The number of demo customers must be between 1 and {maximum}.</source>
        <translation>Esittelyasiakkaiden määrän on oltava 1–{maximum}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="20"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="192"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="212"/>
        <source>The database is not initialised: run palvelutiski-admin init first.</source>
        <translation>Tietokantaa ei ole alustettu: aja ensin palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="3"/>
        <source>No terminal to ask for the password: use --password-stdin.</source>
        <translation>Salasanaa ei voi kysyä, koska pääte puuttuu: käytä valitsinta --password-stdin.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="4"/>
        <source>Password for {name}: </source>
        <translation>Käyttäjän {name} salasana: </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="5"/>
        <source>The passwords do not match.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="6"/>
        <source>There is no database file at {path}; create one with palvelutiski-admin init.</source>
        <translation>Polussa {path} ei ole tietokantatiedostoa; luo se komennolla palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="7"/>
        <source>Initialised {where} with profile {profile} (schema {schema}); administrator {admin} created.</source>
        <translation>Tietokanta {where} alustettu profiililla {profile} (skeema {schema}); pääkäyttäjä {admin} luotu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="8"/>
        <source>Schema of {where}: {before} -&gt; {after}.</source>
        <translation>Tietokannan {where} skeema: {before} -&gt; {after}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="9"/>
        <source>User {name} ({role}) created.</source>
        <translation>Käyttäjä {name} ({role}) luotu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="10"/>
        <source>Password of {name} set.</source>
        <translation>Käyttäjän {name} salasana asetettu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="11"/>
        <source>User {name} deactivated.</source>
        <translation>Käyttäjä {name} poistettu käytöstä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="12"/>
        <source>User {name} unlocked.</source>
        <translation>Käyttäjän {name} lukitus avattu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="13"/>
        <source>Added {customers} demo customers ({rows} rows) to {where} in {seconds} s.</source>
        <translation>Lisätty {customers} esittelyasiakasta ({rows} riviä) tietokantaan {where} {seconds} sekunnissa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="14"/>
        <source>Imported {count} customers from {file} ({encoding}, delimiter {delimiter}).</source>
        <translation>Tuotu {count} asiakasta tiedostosta {file} ({encoding}, erotin {delimiter}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="16"/>
        <source>{path} exists already; choose a new file name.</source>
        <translation>{path} on jo olemassa; valitse uusi tiedostonimi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="17"/>
        <source>The copy failed its integrity check: {result}</source>
        <translation>Kopio ei läpäissyt eheystarkistusta: {result}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="18"/>
        <source>Backed up {source} to {dest} ({size} bytes, integrity ok).</source>
        <translation>Varmuuskopioitu {source} tiedostoon {dest} ({size} tavua, eheys kunnossa).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="19"/>
        <source>Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation>Lokiketju ehjä: {count} riviä. Kuitti: {receipt}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="21"/>
        <source>No password on standard input.</source>
        <translation>Vakiosyötteessä ei ole salasanaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="22"/>
        <source>Repeat the password: </source>
        <translation>Salasana uudelleen: </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="23"/>
        <source>active</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="24"/>
        <source>inactive</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="25"/>
        <source>No users.</source>
        <translation>Ei käyttäjiä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="26"/>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: {count} virhettä; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="27"/>
        <source>backup copies the SQLite file only. For PostgreSQL use pg_dump as the database owner, e.g.
{command}
and restore with pg_restore into an empty database (login roles are cluster-wide: back them up with pg_dumpall --roles-only).</source>
        <translation>backup kopioi vain SQLite-tiedoston. PostgreSQL-tietokannan varmuuskopioi tietokannan omistaja pg_dumpilla, esim.
{command}
ja palauttaa pg_restorella tyhjään tietokantaan (kirjautumisroolit ovat koko klusterin yhteisiä: varmuuskopioi ne komennolla pg_dumpall --roles-only).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="28"/>
        <source>Audit log BROKEN: {problem}</source>
        <translation>Lokiketju RIKKI: {problem}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="29"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="30"/>
        <source>error: {message}</source>
        <translation>virhe: {message}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="31"/>
        <source>error: database {where}: {reason}</source>
        <translation>virhe: tietokanta {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="32"/>
        <source>Interrupted.</source>
        <translation>Keskeytetty.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="33"/>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="34"/>
        <source>permission denied: {permission}</source>
        <translation>ei oikeutta: {permission}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="35"/>
        <source>{count} customers written to {file}</source>
        <translation>{count} asiakasta kirjoitettu tiedostoon {file}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="177"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Tiedosto on tyhjä: ensimmäisellä rivillä on oltava sarakkeiden nimet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="178"/>
        <source>Unknown columns: {columns}. The columns are listed in docs/csv-import.md.</source>
        <translation>Tuntemattomat sarakkeet: {columns}. Sarakkeet on lueteltu tiedostossa docs/csv-import.md.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="179"/>
        <source>Required columns missing: {columns}.</source>
        <translation>Pakollisia sarakkeita puuttuu: {columns}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="180"/>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Tiedosto ei ole UTF-8- eikä Windows-1252-tekstiä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="181"/>
        <source>The customer number {number} may contain only letters, digits and hyphens.</source>
        <translation>Asiakasnumerossa {number} saa olla vain kirjaimia, numeroita ja yhdysmerkkejä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="182"/>
        <source>The language must be fi, sv or en, not {value}.</source>
        <translation>Kielen on oltava fi, sv tai en, ei {value}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="183"/>
        <source>The country must be a two-letter code such as FI or SE.</source>
        <translation>Maan on oltava kaksikirjaiminen tunnus, kuten FI tai SE.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="184"/>
        <source>The e-mail address {value} is not valid.</source>
        <translation>Sähköpostiosoite {value} ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="185"/>
        <source>The IBAN {value} is not valid.</source>
        <translation>IBAN {value} ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="186"/>
        <source>The kind must be person or company, not {value}.</source>
        <translation>Lajin on oltava person tai company, ei {value}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="187"/>
        <source>hetu_temporary must be yes or no.</source>
        <translation>hetu_temporary-sarakkeen on oltava yes tai no.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="188"/>
        <source>A person needs last_name.</source>
        <translation>Henkilöllä on oltava last_name.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="189"/>
        <source>A person has a personal identity code, not a Y-tunnus.</source>
        <translation>Henkilöllä on henkilötunnus, ei Y-tunnusta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="190"/>
        <source>The file {file} cannot be read: {error}</source>
        <translation>Tiedostoa {file} ei voi lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="191"/>
        <source>The line has {found} fields; the header has {expected}.</source>
        <translation>Rivillä on {found} kenttää; otsikkorivillä {expected}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="193"/>
        <source>Customer number {number} is already in the database.</source>
        <translation>Asiakasnumero {number} on jo tietokannassa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="194"/>
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} on yli {limit} merkkiä pitkä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="195"/>
        <source>{column} is missing.</source>
        <translation>{column} puuttuu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="196"/>
        <source>Customer number {number} is repeated (first on line {first}).</source>
        <translation>Asiakasnumero {number} toistuu (ensimmäisen kerran rivillä {first}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="197"/>
        <source>The postcode {postcode} is not five digits.</source>
        <translation>Postinumero {postcode} ei ole viisinumeroinen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="198"/>
        <source>The phone number {value} has too few digits.</source>
        <translation>Puhelinnumerossa {value} on liian vähän numeroita.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="199"/>
        <source>A company needs company_name.</source>
        <translation>Yrityksellä on oltava company_name.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="200"/>
        <source>A company has a Y-tunnus, not a personal identity code.</source>
        <translation>Yrityksellä on Y-tunnus, ei henkilötunnusta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="201"/>
        <source>The Y-tunnus {value} is not valid.</source>
        <translation>Y-tunnus {value} ei kelpaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="202"/>
        <source>The personal identity code is repeated (first on line {first}).</source>
        <translation>Henkilötunnus toistuu (ensimmäisen kerran rivillä {first}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="203"/>
        <source>The personal identity code is already registered to a customer.</source>
        <translation>Henkilötunnus on jo rekisteröity asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="204"/>
        <source>The post town {town} does not belong to postcode {postcode}.</source>
        <translation>Postitoimipaikka {town} ei kuulu postinumeroon {postcode}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="205"/>
        <source>Bad personal identity code: {reason}</source>
        <translation>Virheellinen henkilötunnus: {reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="213"/>
        <source>The database already holds too many customers for more demo data.</source>
        <translation>Tietokannassa on jo liian monta asiakasta lisättäväksi esittelytietoja.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="214"/>
        <source>Demo customer numbers would clash with existing customers.</source>
        <translation>Esittelyasiakkaiden numerot menisivät päällekkäin olemassa olevien asiakkaiden kanssa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="215"/>
        <source>Demo data clashes with data already in the database ({table}); use an empty database.</source>
        <translation>Esittelytiedot menevät päällekkäin tietokannassa jo olevien tietojen kanssa ({table}); käytä tyhjää tietokantaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="216"/>
        <source>No controller profile is stored; initialise the database first.</source>
        <translation>Rekisterinpitäjän tietoja ei ole tallennettu; alusta ensin tietokanta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="217"/>
        <source>The customer has no postal address on record; a letter cannot be sent.</source>
        <translation>Asiakkaalla ei ole postiosoitetta; kirjettä ei voi lähettää.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="218"/>
        <source>The request is not matched to a customer yet; no letter can be sent.</source>
        <translation>Pyyntöä ei ole vielä yhdistetty asiakkaaseen; kirjettä ei voi lähettää.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="219"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="237"/>
        <source>Describe what was done: the reply tells the customer.</source>
        <translation>Kirjoittakaa, mitä tehtiin: vastauskirje kertoo sen asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="220"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="232"/>
        <source>Request {request_id} does not exist.</source>
        <translation>Pyyntöä {request_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="221"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="238"/>
        <source>Letter {letter_id} does not exist.</source>
        <translation>Kirjettä {letter_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="222"/>
        <source>Profile file {file}: field {field} {problem}.</source>
        <translation>Profiilitiedosto {file}: kenttä {field} {problem}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="223"/>
        <source>Profile file {file} does not contain a JSON object.</source>
        <translation>Profiilitiedostossa {file} ei ole JSON-objektia.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="224"/>
        <source>There is no utility profile called {key}; choose one of: {choices}.</source>
        <translation>Laitosprofiilia {key} ei ole; valitse jokin näistä: {choices}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="225"/>
        <source>Profile file {file} cannot be read: {error}</source>
        <translation>Profiilitiedostoa {file} ei voi lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="226"/>
        <source>Profile file {file} is not valid UTF-8 JSON: {error}</source>
        <translation>Profiilitiedosto {file} ei ole kelvollista UTF-8-JSONia: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="227"/>
        <source>Unknown request type.</source>
        <translation>Tuntematon pyynnön tyyppi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="228"/>
        <source>Unknown channel.</source>
        <translation>Tuntematon kanava.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="229"/>
        <source>The received date cannot be in the future.</source>
        <translation>Vastaanottopäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="230"/>
        <source>Unknown identity check method.</source>
        <translation>Tuntematon henkilöllisyyden tarkistustapa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="231"/>
        <source>The posting date cannot be in the future.</source>
        <translation>Postituspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="233"/>
        <source>The request is closed.</source>
        <translation>Pyyntö on suljettu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="236"/>
        <source>Match the request to a customer before checking the identity.</source>
        <translation>Yhdistä pyyntö asiakkaaseen ennen henkilöllisyyden tarkistamista.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="239"/>
        <source>No printed letter of this request is waiting for posting.</source>
        <translation>Tämän pyynnön tulostettua kirjettä ei odota postitusta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="240"/>
        <source>{username} is not an active agent or supervisor.</source>
        <translation>{username} ei ole aktiivinen asiakaspalvelija tai esimies.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="241"/>
        <source>The request is already assigned to {username}.</source>
        <translation>Pyynnön käsittelijä on jo {username}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="242"/>
        <source>No customer has this identity code.</source>
        <translation>Millään asiakkaalla ei ole tätä henkilötunnusta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="243"/>
        <source>This database is already initialised (profile {profile}); nothing was changed.</source>
        <translation>Tietokanta on jo alustettu (profiili {profile}); mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="245"/>
        <source>The database was initialised, but the administrator could not be created ({reason}). Create one with: palvelutiski-admin create-user NAME --role admin</source>
        <translation>Tietokanta alustettiin, mutta pääkäyttäjää ei voitu luoda ({reason}). Luo pääkäyttäjä komennolla: palvelutiski-admin create-user NIMI --role admin</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="246"/>
        <source>The demo database is a SQLite file.</source>
        <translation>Esittelytietokanta on SQLite-tiedosto.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="250"/>
        <source>A username has 3–63 characters: lowercase letters a–z, digits, . - and _, starting with a letter (not pg_ or desk_).</source>
        <translation>Käyttäjätunnuksessa on 3–63 merkkiä: pieniä kirjaimia a–z, numeroita sekä . - ja _, ja se alkaa kirjaimella (ei pg_ tai desk_).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="251"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Salasanassa on oltava vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="252"/>
        <source>The password must not be the username.</source>
        <translation>Salasana ei saa olla sama kuin käyttäjätunnus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="253"/>
        <source>There is no user {username}.</source>
        <translation>Käyttäjää {username} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="244"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="254"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="255"/>
        <source>The username {username} is already taken.</source>
        <translation>Käyttäjätunnus {username} on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="256"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="257"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="258"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="259"/>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="260"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="261"/>
        <source>Data-subject request</source>
        <translation>Tietosuojapyyntö</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="262"/>
        <source>Correction of data</source>
        <translation>Tietojen korjaus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="263"/>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="264"/>
        <source>Customer&apos;s notice</source>
        <translation>Asiakkaan ilmoitus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="266"/>
        <source>Data service company</source>
        <translation>Tietopalveluyritys</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="267"/>
        <source>Previous system</source>
        <translation>Aiempi järjestelmä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="268"/>
        <source>Grid connection</source>
        <translation>Sähköliittymä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="269"/>
        <source>Electricity transmission</source>
        <translation>Sähkönsiirto</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="270"/>
        <source>Electricity sales</source>
        <translation>Sähkönmyynti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="271"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="277"/>
        <source>District heating</source>
        <translation>Kaukolämpö</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="272"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="278"/>
        <source>Water</source>
        <translation>Vesi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="273"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="279"/>
        <source>Natural gas</source>
        <translation>Maakaasu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="274"/>
        <source>Broadband</source>
        <translation>Laajakaista</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="275"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="276"/>
        <source>Electricity</source>
        <translation>Sähkö</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="280"/>
        <source>Incoming</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="281"/>
        <source>Outgoing</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="282"/>
        <source>The database has not been initialised: the identity-code key is missing.</source>
        <translation>Tietokantaa ei ole alustettu: henkilötunnusten avain puuttuu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="283"/>
        <source>State the reason for showing the full personal identity code.</source>
        <translation>Kerro syy koko henkilötunnuksen näyttämiselle.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="284"/>
        <source>No personal identity code is recorded for this customer.</source>
        <translation>Asiakkaalle ei ole tallennettu henkilötunnusta.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/views/printing.py" line="107"/>
        <source>Printed by: {0}</source>
        <translation>Tulostaja: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="108"/>
        <source>Printed at: {0}</source>
        <translation>Tulostettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="109"/>
        <source>Letters: {0}, pages: {1}</source>
        <translation>Kirjeitä: {0}, sivuja: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="119"/>
        <source>{0}. {1}  {2}  ({3} p.)</source>
        <translation>{0}. {1}  {2}  ({3} s.)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="135"/>
        <source>The stored letter {0} cannot be read.</source>
        <translation>Tallennettua kirjettä {0} ei voi lukea.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="139"/>
        <source>The printer “{0}” is not available.</source>
        <translation>Tulostin ”{0}” ei ole käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="155"/>
        <source>The printer “{0}” reported an error.</source>
        <translation>Tulostin ”{0}” ilmoitti virheestä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="184"/>
        <source>Printing failed: {0}</source>
        <translation>Tulostus epäonnistui: {0}</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="26"/>
        <source>Print letter</source>
        <translation>Tulosta kirje</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="39"/>
        <source>Access (inspection) request</source>
        <translation>Tarkastuspyyntö (pääsy tietoihin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="40"/>
        <source>Rectification</source>
        <translation>Oikaisu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="41"/>
        <source>Erasure</source>
        <translation>Poistaminen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="42"/>
        <source>Objection / prohibition</source>
        <translation>Vastustaminen / kielto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="43"/>
        <source>Restriction of processing</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="49"/>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="50"/>
        <source>At the desk</source>
        <translation>Asiakaspalvelupisteessä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="51"/>
        <source>E-mail with a signed attachment</source>
        <translation>Sähköposti ja allekirjoitettu liite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="57"/>
        <source>Signature compared with the contract</source>
        <translation>Allekirjoitus verrattu sopimukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="58"/>
        <source>Photo ID seen at the desk (no copy kept)</source>
        <translation>Kuvallinen henkilöllisyystodistus nähty asiakaspalvelupisteessä (kopiota ei säilytetä)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="59"/>
        <source>Matches the address on record</source>
        <translation>Vastaa rekisterissä olevaa osoitetta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="65"/>
        <source>Access reply</source>
        <translation>Vastaus tarkastuspyyntöön</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="66"/>
        <source>Acknowledgement of receipt</source>
        <translation>Vastaanottoilmoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="67"/>
        <source>Identity clarification</source>
        <translation>Henkilöllisyyden selvitys</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="68"/>
        <source>Extension notice</source>
        <translation>Ilmoitus määräajan jatkamisesta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="69"/>
        <source>Refusal</source>
        <translation>Kieltäytyminen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="70"/>
        <source>Prohibition confirmation</source>
        <translation>Kiellon vahvistus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="71"/>
        <source>Rectification reply</source>
        <translation>Vastaus oikaisupyyntöön</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="72"/>
        <source>Erasure reply</source>
        <translation>Vastaus poistopyyntöön</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="73"/>
        <source>Objection reply</source>
        <translation>Vastaus kieltoon tai vastustukseen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="74"/>
        <source>Restriction reply</source>
        <translation>Vastaus rajoittamispyyntöön</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="83"/>
        <source>Cannot do that</source>
        <translation>Toimintoa ei voi tehdä</translation>
    </message>
</context>
</TS>
