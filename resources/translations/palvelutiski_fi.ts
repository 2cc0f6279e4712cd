<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="180"/>
        <source>No call. Press F2 when a call begins.</source>
        <translation>Ei puhelua. Paina F2, kun puhelu alkaa.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="184"/>
        <source>Call {ref} started {when} by {agent}</source>
        <translation>Puhelu {ref} alkoi {when}, vastaaja {agent}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="186"/>
        <source>Read to the customer ({language}, script version {version}):</source>
        <translation>Lue asiakkaalle ({language}, tekstin versio {version}):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="193"/>
        <source>Call ended {0}.</source>
        <translation>Puhelu päättyi {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="195"/>
        <source>The recording is destroyed by {0}.</source>
        <translation>Tallenne hävitetään viimeistään {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="198"/>
        <source>The customer objected: recording stopped at {0}.</source>
        <translation>Asiakas kielsi tallennuksen: tallennus pysäytettiin {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="200"/>
        <source>Notice given and accepted: the call is recorded.</source>
        <translation>Ilmoitus annettu ja hyväksytty: puhelu tallennetaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="201"/>
        <source>Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).</source>
        <translation>Ilmoitusta ei ole vielä annettu: lue yllä oleva teksti ja paina sitten F6 (hyväksyi) tai F7 (kielsi).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="204"/>
        <source>Notice given – accepted (F6)</source>
        <translation>Ilmoitus annettu – hyväksyi (F6)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="205"/>
        <source>Objected – stop recording (F7)</source>
        <translation>Kielsi – pysäytä tallennus (F7)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="206"/>
        <source>End call (F8)</source>
        <translation>Lopeta puhelu (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="207"/>
        <source>Call notes (Ctrl+N):</source>
        <translation>Puhelun muistiinpanot (Ctrl+N):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="208"/>
        <source>New call</source>
        <translation>Uusi puhelu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="209"/>
        <source>Recording notice given, customer accepted</source>
        <translation>Tallennusilmoitus annettu, asiakas hyväksyi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="210"/>
        <source>Customer objected to recording: stop recording</source>
        <translation>Asiakas kielsi tallennuksen: pysäytä tallennus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="211"/>
        <source>Write call notes</source>
        <translation>Kirjoita puhelun muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="212"/>
        <source>End the call (with the notes)</source>
        <translation>Lopeta puhelu (muistiinpanoineen)</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="76"/>
        <source>Postal addresses (newest first)</source>
        <translation>Postiosoitteet (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="78"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="94"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="78"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="84"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="78"/>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="78"/>
        <source>Valid to</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="78"/>
        <source>Changed by</source>
        <translation>Muuttaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="81"/>
        <source>current</source>
        <translation>nykyinen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="83"/>
        <source>Bank accounts</source>
        <translation>Pankkitilit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="84"/>
        <source>Account</source>
        <translation>Tili</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="84"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="84"/>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="89"/>
        <source>Contracts</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="90"/>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="90"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="90"/>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="90"/>
        <source>Start</source>
        <translation>Alku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="90"/>
        <source>End</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="93"/>
        <source>Usage sites</source>
        <translation>Käyttöpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="94"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="100"/>
        <source>Metering point</source>
        <translation>Käyttöpaikkatunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="94"/>
        <source>Commodity</source>
        <translation>Hyödyke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="99"/>
        <source>Consumption per year</source>
        <translation>Kulutus vuosittain</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="100"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="100"/>
        <source>Quantity</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="100"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="106"/>
        <source>Invoices (as the billing system reports them)</source>
        <translation>Laskut (laskutusjärjestelmän tietojen mukaan)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="111"/>
        <source>Open invoices</source>
        <translation>Avoimet laskut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="112"/>
        <source>Overdue</source>
        <translation>Erääntyneet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="113"/>
        <source>In collection</source>
        <translation>Perinnässä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="113"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="113"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="114"/>
        <source>Paid in the last 12 months</source>
        <translation>Maksettu viimeisten 12 kuukauden aikana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="115"/>
        <source>Last invoice</source>
        <translation>Viimeisin lasku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="116"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="118"/>
        <source>Item</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="118"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="122"/>
        <source>Calls (newest first)</source>
        <translation>Puhelut (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>Notice</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>Recording</source>
        <translation>Tallenne</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>Destroy by</source>
        <translation>Hävitettävä viimeistään</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="125"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="127"/>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="128"/>
        <source>objected, stopped {0}</source>
        <translation>kielsi, pysäytetty {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="134"/>
        <source>Data-subject requests</source>
        <translation>Rekisteröidyn pyynnöt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="136"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="144"/>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="136"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="144"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="136"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="136"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="136"/>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="136"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="145"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="142"/>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="144"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="144"/>
        <source>Pages</source>
        <translation>Sivuja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="144"/>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="144"/>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="151"/>
        <source>Disclosures to other recipients</source>
        <translation>Luovutukset muille vastaanottajille</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="159"/>
        <source>Who has looked at this customer (newest first)</source>
        <translation>Ketkä ovat katsoneet tämän asiakkaan tietoja (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="160"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="160"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="160"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="160"/>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="160"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
</context>
<context>
    <name>ConsentsWidget</name>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="116"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="254"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="256"/>
        <source>No direct marketing of any kind</source>
        <translation>Ei minkäänlaista suoramarkkinointia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="117"/>
        <source>Prohibit or lift the selected purpose and channel</source>
        <translation>Kiellä valittu tarkoitus ja kanava tai poista kielto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="179"/>
        <source>Saving …</source>
        <translation>Tallennetaan …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="184"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="202"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="202"/>
        <source>No consent</source>
        <translation>Ei suostumusta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="220"/>
        <source>Allowed (ASML ended {0})</source>
        <translation>Sallittu (ASML päättyi {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="221"/>
        <source>Allowed</source>
        <translation>Sallittu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="223"/>
        <source>Prohibited ({0})</source>
        <translation>Kielletty ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="225"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="237"/>
        <source>until {0}</source>
        <translation>{0} asti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="247"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="247"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="247"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="248"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="248"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="248"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>ASML valid &amp;until:</source>
        <translation>ASML voimassa &amp;asti:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="253"/>
        <source>History (newest first)</source>
        <translation>Historia (uusin ensin)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="287"/>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="166"/>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="171"/>
        <location filename="../../desktop/views/desk/contact_form.py" line="189"/>
        <source>Correct the marked fields.</source>
        <translation>Korjaa merkityt kentät.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="174"/>
        <source>Saving …</source>
        <translation>Tallennetaan …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="182"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="193"/>
        <source>Your input is kept in the form. The card now shows the other user&apos;s changes; check them and save again if yours should replace them.</source>
        <translation>Syöttämäsi tiedot ovat tallessa lomakkeella. Kortilla näkyvät nyt toisen käyttäjän muutokset; tarkista ne ja tallenna uudelleen, jos omiesi pitää korvata ne.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="221"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Puhelinnumerot:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="221"/>
        <source>&amp;E-mails:</source>
        <translation>&amp;Sähköpostiosoitteet:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="221"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="222"/>
        <source>c/&amp;o:</source>
        <translation>c/&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="222"/>
        <source>&amp;Street address:</source>
        <translation>&amp;Katuosoite:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="222"/>
        <source>Post&amp;code:</source>
        <translation>Postinu&amp;mero:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="223"/>
        <source>Post &amp;town:</source>
        <translation>Postitoimi&amp;paikka:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="223"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>e.g. 040 123 4567; +358 9 123 456</source>
        <translation>esim. 040 123 4567; +358 9 123 456</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="230"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="230"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="230"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="232"/>
        <source>Save contact data (Ctrl+S)</source>
        <translation>Tallenna yhteystiedot (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="233"/>
        <source>Save contact data</source>
        <translation>Tallenna yhteystiedot</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="148"/>
        <source>the customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="156"/>
        <source>End the call (F8) before closing the card.</source>
        <translation>Lopeta puhelu (F8) ennen kortin sulkemista.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="199"/>
        <source>Opening …</source>
        <translation>Avataan …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="223"/>
        <source>Customer no. {number} · language {language} · opened for: {purpose}</source>
        <translation>Asiakasnro {number} · kieli {language} · avattu: {purpose}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="264"/>
        <location filename="../../desktop/views/desk/card_view.py" line="293"/>
        <source>No customer open</source>
        <translation>Ei avointa asiakasta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="281"/>
        <source>&amp;Contact</source>
        <translation>&amp;Yhteystiedot</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="281"/>
        <source>Con&amp;tracts and sites</source>
        <translation>Sopimukset ja &amp;käyttöpaikat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="281"/>
        <source>Consu&amp;mption</source>
        <translation>Kul&amp;utus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="282"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Laskut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="282"/>
        <source>Ca&amp;lls</source>
        <translation>&amp;Puhelut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="282"/>
        <source>&amp;Prohibitions and consents</source>
        <translation>K&amp;iellot ja suostumukset</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="283"/>
        <source>Re&amp;quests</source>
        <translation>Pyy&amp;nnöt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="283"/>
        <source>Lette&amp;rs</source>
        <translation>Kir&amp;jeet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="283"/>
        <source>&amp;Disclosures</source>
        <translation>Luo&amp;vutukset</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="283"/>
        <source>&amp;Who has looked</source>
        <translation>Ketkä o&amp;vat katsoneet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="286"/>
        <source>Show the tab: {0}</source>
        <translation>Näytä välilehti: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="287"/>
        <source>Show full code …</source>
        <translation>Näytä koko tunnus …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="288"/>
        <source>Show the full personal identity code (reason asked)</source>
        <translation>Näytä koko henkilötunnus (syy kysytään)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="289"/>
        <source>Edit contact data</source>
        <translation>Muokkaa yhteystietoja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="290"/>
        <source>Reload the card</source>
        <translation>Lataa kortti uudelleen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="291"/>
        <source>Close the card</source>
        <translation>Sulje kortti</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Customer matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>Identity checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="75"/>
        <source>Identity clarification asked (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="76"/>
        <source>Clock resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="85"/>
        <source>When</source>
        <translation type="unfinished">Milloin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="86"/>
        <source>Who</source>
        <translation type="unfinished">Kuka</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="87"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="88"/>
        <source>State</source>
        <translation type="unfinished">Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="89"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="48"/>
        <source>New written request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="65"/>
        <source>Signed by the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="70"/>
        <source>Search by name, customer no., address …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="74"/>
        <source>Not yet identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="78"/>
        <source>Archive or scan number of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="81"/>
        <source>What does the customer ask for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="87"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="88"/>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="89"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="94"/>
        <source>&amp;Scanned document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="95"/>
        <source>&amp;Request text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="100"/>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="145"/>
        <source>No customers found.</source>
        <translation type="unfinished">Asiakkaita ei löytynyt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="174"/>
        <source>Registering …</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../desktop/views/requests/tables.py" line="99"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="100"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="101"/>
        <source>Pages</source>
        <translation type="unfinished">Sivuja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="102"/>
        <source>Printed</source>
        <translation type="unfinished">Tulostettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="103"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="174"/>
        <source>The desk is locked</source>
        <translation>Työpöytä on lukittu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="175"/>
        <source>Signed in: {who}. Type your password to continue; unsaved work is kept as it was.</source>
        <translation>Kirjautuneena: {who}. Jatka kirjoittamalla salasanasi; tallentamaton työ säilyy ennallaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="177"/>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="178"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="179"/>
        <source>Sign out and quit</source>
        <translation>Kirjaudu ulos ja lopeta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="93"/>
        <source>Preparing the demo database… The first start creates it, which takes a moment.</source>
        <translation>Valmistellaan esittelytietokantaa… Ensimmäisellä käynnistyskerralla se luodaan, mikä kestää hetken.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="121"/>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="128"/>
        <source>Type your user name.</source>
        <translation>Kirjoita käyttäjätunnuksesi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="130"/>
        <source>Type your password.</source>
        <translation>Kirjoita salasanasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="133"/>
        <source>Choose the database file.</source>
        <translation>Valitse tietokantatiedosto.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="135"/>
        <source>Type the database server&apos;s name.</source>
        <translation>Kirjoita tietokantapalvelimen nimi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="137"/>
        <source>Type the database name.</source>
        <translation>Kirjoita tietokannan nimi.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="215"/>
        <source>Choose the database file</source>
        <translation>Valitse tietokantatiedosto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="216"/>
        <source>Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Palvelutiski-tietokanta (*.sqlite3 *.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="258"/>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="259"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="260"/>
        <source>Path of the database file</source>
        <translation>Tietokantatiedoston polku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="261"/>
        <source>Server name or address</source>
        <translation>Palvelimen nimi tai osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="262"/>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation>Salasana säilytetään tämän tietokoneen salasanasäilössä, ei koskaan tiedostossa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="190"/>
        <source>About Palvelutiski</source>
        <translation>Tietoja Palvelutiskistä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="194"/>
        <source>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — the customer service desk of the utility&apos;s customer register.</source>
        <translation>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — energia- ja vesilaitoksen asiakasrekisterin asiakaspalvelutyöpöytä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="196"/>
        <source>Database: {label}</source>
        <translation>Tietokanta: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="197"/>
        <source>A SQLite database file offers no protection against anyone who can copy it: whoever has the file can read every customer and every personal identity code in it. On a SQLite workstation, masking and roles are enforced by this application only.</source>
        <translation>SQLite-tietokantatiedosto ei suojaa tietoja keneltäkään, joka voi kopioida sen: tiedoston haltija voi lukea jokaisen asiakkaan ja jokaisen henkilötunnuksen. SQLite-työasemalla peittämisestä ja rooleista huolehtii vain tämä sovellus.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202"/>
        <source>This desk uses the shared PostgreSQL database with your personal database login: the database server itself keeps full identity codes from roles that may not see them.</source>
        <translation>Tämä työpöytä käyttää yhteistä PostgreSQL-tietokantaa henkilökohtaisella tietokantatunnuksellasi: tietokantapalvelin itse estää kokonaiset henkilötunnukset rooleilta, jotka eivät saa nähdä niitä.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="210"/>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Tietokanta ei vastaa. Syöttämäsi tiedot säilyvät; yritä hetken kuluttua uudelleen.</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/print_flow.py" line="58"/>
        <source>Printing %n letter(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <location filename="../../desktop/views/requests/tables.py" line="115"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/tables.py" line="116"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="119"/>
        <source>Reference</source>
        <translation type="unfinished">Viite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="120"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="120"/>
        <source>not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="121"/>
        <source>Type</source>
        <translation type="unfinished">Tyyppi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source>State</source>
        <translation type="unfinished">Tila</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="123"/>
        <source>Received</source>
        <translation type="unfinished">Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="124"/>
        <source>Due</source>
        <translation type="unfinished">Määräpäivä</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="125"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="103"/>
        <source>Record identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="105"/>
        <source>Needs clarification (letter, pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="112"/>
        <source>Reason (hold, extension, refusal, withdrawal, clarification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="114"/>
        <source>Sign off and generate reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="116"/>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="120"/>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="121"/>
        <source>Extend deadline (letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="126"/>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="128"/>
        <source>Acknowledgement letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="134"/>
        <source>Mark posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="144"/>
        <source>Identity check</source>
        <translation type="unfinished">Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="149"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="158"/>
        <source>Letters</source>
        <translation type="unfinished">Kirjeet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="162"/>
        <source>Posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="167"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="213"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="213"/>
        <source>NOT signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="214"/>
        <source>{0} – {1} – {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="216"/>
        <source>Received {0} by {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="219"/>
        <source>Closed. Posted on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="220"/>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="223"/>
        <source>%n day(s) OVERDUE</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="225"/>
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="226"/>
        <source>Received {0}, reply due {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="229"/>
        <source>Deadline extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="231"/>
        <source>Clock paused since {0} (identity clarification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="234"/>
        <source>Paused %n day(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="236"/>
        <source>Also open for this customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="240"/>
        <source>Checked: {0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="255"/>
        <source>→ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="289"/>
        <source>Check the address before printing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="337"/>
        <source>Printing {0} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="341"/>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="73"/>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="95"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="98"/>
        <source>Show closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="99"/>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="101"/>
        <source>Print all waiting letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="149"/>
        <source>%n open request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="150"/>
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="181"/>
        <source>No letters are waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="189"/>
        <source>Letters to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="190"/>
        <source>Printing %n letter(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="192"/>
        <source>Palvelutiski letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="195"/>
        <source>%n letter(s) printed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="205"/>
        <source>Name, customer no., address, phone, e-mail, metering point, business ID or identity code</source>
        <translation>Nimi, asiakasnro, osoite, puhelin, sähköposti, käyttöpaikkatunnus, Y-tunnus tai henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="240"/>
        <source>Move in the result list (also from the field)</source>
        <translation>Liiku tuloslistassa (myös hakukentästä)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="241"/>
        <source>Open the selected customer</source>
        <translation>Avaa valittu asiakas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="242"/>
        <source>Clear the search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="295"/>
        <source>More than {0} matches – type more to narrow the search …</source>
        <translation>Yli {0} osumaa – tarkenna hakua kirjoittamalla lisää …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="298"/>
        <source>No customers found.</source>
        <translation>Asiakkaita ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/desk/search_panel.py" line="300"/>
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
        <location filename="../../desktop/views/desk/search_panel.py" line="65"/>
        <source>Customer no.</source>
        <translation>Asiakasnro</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="65"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="65"/>
        <source>Identity</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="65"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="66"/>
        <source>Matched by</source>
        <translation>Osuma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="119"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="120"/>
        <source>customer number</source>
        <translation>asiakasnumero</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="121"/>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="122"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="123"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="124"/>
        <source>metering point</source>
        <translation>käyttöpaikkatunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="125"/>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="126"/>
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
    <name>desk</name>
    <message>
        <location filename="../../desktop/views/desk/common.py" line="41"/>
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
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="10"/>
        <source>A line of the address is longer than 30 characters and was wrapped; check it.</source>
        <translation>Osoitteen rivi on yli 30 merkkiä pitkä ja se rivitettiin; tarkista se.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="11"/>
        <source>The address has no recipient name.</source>
        <translation>Osoitteesta puuttuu vastaanottajan nimi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="12"/>
        <source>The address has no street or PO box.</source>
        <translation>Osoitteesta puuttuu katuosoite tai postilokero.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="13"/>
        <source>The address has no post town.</source>
        <translation>Osoitteesta puuttuu postitoimipaikka.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="14"/>
        <source>The address has more than six lines and may not show in the envelope window.</source>
        <translation>Osoitteessa on yli kuusi riviä, eikä se ehkä näy kirjekuoren ikkunasta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="15"/>
        <source>A Finnish postcode has five digits.</source>
        <translation>Suomalaisessa postinumerossa on viisi numeroa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="16"/>
        <source>The phone number {value} may contain only digits, spaces, hyphens and a leading +.</source>
        <translation>Puhelinnumerossa {value} saa olla vain numeroita, välilyöntejä, yhdysmerkkejä ja alussa +.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="17"/>
        <source>The phone number {value} is not a Finnish number (0… or +358…) of the right length.</source>
        <translation>Puhelinnumero {value} ei ole oikean pituinen suomalainen numero (0… tai +358…).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="18"/>
        <source>The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).</source>
        <translation>Sähköpostiosoite {value} ei kelpaa (esim. maija.meikalainen@example.fi).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="19"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="112"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="118"/>
        <source>The language must be Finnish, Swedish or English.</source>
        <translation>Kielen on oltava suomi, ruotsi tai englanti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="20"/>
        <source>The same phone number is given twice.</source>
        <translation>Sama puhelinnumero on annettu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="21"/>
        <source>The same e-mail address is given twice.</source>
        <translation>Sama sähköpostiosoite on annettu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="22"/>
        <source>Enter the street address (at most 100 characters).</source>
        <translation>Kirjoita katuosoite (enintään 100 merkkiä).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="23"/>
        <source>The country is a two-letter code, e.g. FI or SE.</source>
        <translation>Maa on kaksikirjaiminen tunnus, esim. FI tai SE.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="24"/>
        <source>A Finnish postcode has exactly 5 digits, e.g. 94450.</source>
        <translation>Suomalaisessa postinumerossa on tasan 5 numeroa, esim. 94450.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="25"/>
        <source>The post town {value} must be letters only, e.g. Keminmaa.</source>
        <translation>Postitoimipaikassa {value} saa olla vain kirjaimia, esim. Keminmaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="26"/>
        <source>The c/o line has at most 60 characters.</source>
        <translation>c/o-rivillä on enintään 60 merkkiä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="27"/>
        <source>Enter the postcode (at most 10 characters).</source>
        <translation>Kirjoita postinumero (enintään 10 merkkiä).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="28"/>
        <source>The deadline has already been extended once.</source>
        <translation>Määräaikaa on jo jatkettu kerran.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="29"/>
        <source>The deadline can be extended by one or two months.</source>
        <translation>Määräaikaa voi jatkaa yhdellä tai kahdella kuukaudella.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="30"/>
        <source>An extension needs a reason; it is sent to the customer.</source>
        <translation>Jatkamiselle tarvitaan peruste; se lähetetään asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="31"/>
        <source>The deadline can only be extended before it has passed (due {due}).</source>
        <translation>Määräaikaa voi jatkaa vain ennen kuin se on umpeutunut (määräpäivä {due}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="32"/>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>Henkilötunnuksessa on 11 merkkiä, esim. 131052-308T.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="33"/>
        <source>The 7th character of a personal identity code must be one of + - A–F U–Y.</source>
        <translation>Henkilötunnuksen 7. merkin on oltava jokin merkeistä + - A–F U–Y.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="34"/>
        <source>The birth date in the personal identity code is in the future.</source>
        <translation>Henkilötunnuksen syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="35"/>
        <source>Individual numbers 900–999 are temporary codes; mark the code as temporary.</source>
        <translation>Yksilönumerot 900–999 ovat tilapäisiä tunnuksia; merkitse tunnus tilapäiseksi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="36"/>
        <source>The personal identity code is not in the form DDMMYYCZZZQ.</source>
        <translation>Henkilötunnus ei ole muotoa PPKKVVSNNNT.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="37"/>
        <source>The check character of the personal identity code is wrong.</source>
        <translation>Henkilötunnuksen tarkistusmerkki on väärä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="38"/>
        <source>The personal identity code has an impossible birth date or number.</source>
        <translation>Henkilötunnuksessa on mahdoton syntymäaika tai yksilönumero.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="39"/>
        <source>Direct advertising</source>
        <translation>Suoramainonta</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="40"/>
        <source>Distance selling</source>
        <translation>Etämyynti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="41"/>
        <source>Other direct marketing</source>
        <translation>Muu suoramarkkinointi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="42"/>
        <source>Market research</source>
        <translation>Markkinatutkimus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="43"/>
        <source>Opinion polls</source>
        <translation>Mielipidetiedustelut</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="44"/>
        <source>Person registers</source>
        <translation>Henkilömatrikkelit</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="45"/>
        <source>Genealogy</source>
        <translation>Sukututkimus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="46"/>
        <source>Electronic marketing (consent)</source>
        <translation>Sähköinen suoramarkkinointi (suostumus)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="47"/>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="48"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="49"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="50"/>
        <source>SMS</source>
        <translation>Tekstiviesti</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="51"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="52"/>
        <source>Customer by phone</source>
        <translation>Asiakas puhelimitse</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="53"/>
        <source>Customer by letter</source>
        <translation>Asiakas kirjeellä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="54"/>
        <source>Customer by e-mail</source>
        <translation>Asiakas sähköpostilla</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="55"/>
        <source>Customer at the desk</source>
        <translation>Asiakas asiakaspalvelupisteessä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="56"/>
        <source>DVV (Population Information System)</source>
        <translation>DVV (väestötietojärjestelmä)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="57"/>
        <source>ASML telephone restriction service</source>
        <translation>ASML:n puhelinmarkkinoinnin kieltopalvelu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="58"/>
        <source>Prohibited</source>
        <translation>Kielletty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="59"/>
        <source>Prohibition lifted</source>
        <translation>Kielto poistettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="60"/>
        <source>Consent given</source>
        <translation>Suostumus annettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="61"/>
        <source>Consent withdrawn</source>
        <translation>Suostumus peruttu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="62"/>
        <source>There is no prohibition from this source to lift.</source>
        <translation>Tästä lähteestä ei ole kieltoa, jonka voisi poistaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="63"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="188"/>
        <source>Unknown purpose: {purpose}.</source>
        <translation>Tuntematon käyttötarkoitus: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="64"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="189"/>
        <source>Unknown channel: {channel}.</source>
        <translation>Tuntematon kanava: {channel}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="65"/>
        <source>Unknown source: {source}.</source>
        <translation>Tuntematon lähde: {source}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="66"/>
        <source>Unknown decision: {decision}.</source>
        <translation>Tuntematon päätös: {decision}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="67"/>
        <source>The validity end date is before the date of the event.</source>
        <translation>Voimassaolon päättymispäivä on ennen tapahtuman päivää.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="68"/>
        <source>This prohibition is registered at DVV; the customer lifts it there.</source>
        <translation>Kielto on rekisteröity DVV:hen; asiakas poistaa sen siellä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="69"/>
        <source>This is an ASML telephone restriction; the customer cancels it there.</source>
        <translation>Tämä on ASML:n puhelinmarkkinointikielto; asiakas peruu sen siellä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="70"/>
        <source>Only the customer or DVV can prohibit all direct marketing.</source>
        <translation>Vain asiakas tai DVV voi kieltää kaiken suoramarkkinoinnin.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="71"/>
        <source>Electronic marketing is given or withdrawn as a consent.</source>
        <translation>Sähköiseen suoramarkkinointiin annetaan tai siitä perutaan suostumus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="72"/>
        <source>Electronic-marketing consent applies to e-mail and SMS only.</source>
        <translation>Sähköisen suoramarkkinoinnin suostumus koskee vain sähköpostia ja tekstiviestejä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="73"/>
        <source>Only the customer can give or withdraw a consent.</source>
        <translation>Vain asiakas voi antaa tai perua suostumuksen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="74"/>
        <source>A purpose other than electronic marketing is prohibited or lifted.</source>
        <translation>Muu kuin sähköinen suoramarkkinointi kielletään tai kielto poistetaan.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="75"/>
        <source>The ASML restriction service covers telephone marketing only.</source>
        <translation>ASML:n kieltopalvelu koskee vain puhelinmarkkinointia.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="76"/>
        <source>An ASML telephone restriction needs its validity end date.</source>
        <translation>ASML:n puhelinmarkkinointikiellolle tarvitaan voimassaolon päättymispäivä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="77"/>
        <source>Only an ASML telephone restriction has a validity end date.</source>
        <translation>Vain ASML:n puhelinmarkkinointikiellolla on voimassaolon päättymispäivä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="78"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="79"/>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="80"/>
        <source>In preparation</source>
        <translation>Valmistelussa</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="81"/>
        <source>Awaiting sign-off</source>
        <translation>Odottaa hyväksyntää</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="82"/>
        <source>Ready to print</source>
        <translation>Valmis tulostettavaksi</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="83"/>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="84"/>
        <source>Dispatched</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="85"/>
        <source>On hold</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="86"/>
        <source>Deadline extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="87"/>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="88"/>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="89"/>
        <source>A request cannot move from “{source}” to “{target}”.</source>
        <translation>Pyyntö ei voi siirtyä tilasta ”{source}” tilaan ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="90"/>
        <source>Your role may not move a request to “{target}”.</source>
        <translation>Roolisi ei saa siirtää pyyntöä tilaan ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="91"/>
        <source>Give a reason for “{target}”.</source>
        <translation>Anna peruste tilalle ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="92"/>
        <source>Only a supervisor may sign off or refuse a request.</source>
        <translation>Vain esihenkilö voi hyväksyä tai hylätä pyynnön.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="93"/>
        <source>Customer service agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="94"/>
        <source>Supervisor</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="95"/>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="96"/>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="97"/>
        <source>Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched.</source>
        <translation>Henkilötunnuksella haetaan vain kokonaisella tunnuksella (kaikki 11 merkkiä, esim. 131052-308T); tunnuksen osilla ei koskaan haeta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="98"/>
        <source>Audit row {id} has been altered: its content no longer matches its hash.</source>
        <translation>Lokirivi {id} on muutettu: sen sisältö ei enää vastaa tiivistettä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="99"/>
        <source>The audit log is broken before row {id}: a row has been deleted or replaced there.</source>
        <translation>Loki on katkennut ennen riviä {id}: siitä on poistettu tai korvattu rivi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="100"/>
        <source>The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed from the end.</source>
        <translation>Lokissa on {count} riviä, mutta kuitissa {receipt_count}: lopusta on poistettu rivejä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="101"/>
        <source>Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log has been rewritten.</source>
        <translation>Lokirivillä {id} (järjestysnumero {receipt_count}) ei ole kuitin tiivistettä: loki on kirjoitettu uudelleen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="102"/>
        <source>A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits).</source>
        <translation>Kuitti on rivimäärä ja viimeisimmän rivin tiiviste, esim. 1234:9f86d0…(64 heksadesimaalinumeroa).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="103"/>
        <source>Wrong username or password, or the account is not in use.</source>
        <translation>Väärä käyttäjätunnus tai salasana, tai tunnus ei ole käytössä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="104"/>
        <source>Too many failed attempts: the account is locked. Try again in {minutes} min or ask the administrator to unlock it.</source>
        <translation>Liian monta epäonnistunutta yritystä: tunnus on lukittu. Yritä uudelleen {minutes} min kuluttua tai pyydä pääkäyttäjää avaamaan lukitus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="5"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="105"/>
        <source>There is no database file at {path}.</source>
        <translation>Polussa {path} ei ole tietokantatiedostoa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="106"/>
        <source>The file {path} is not an initialised Palvelutiski database.</source>
        <translation>Tiedosto {path} ei ole alustettu Palvelutiski-tietokanta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="107"/>
        <source>The database server {host} cannot be reached.</source>
        <translation>Tietokantapalvelimeen {host} ei saada yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="108"/>
        <source>The database server cannot be reached.</source>
        <translation>Tietokantapalvelimeen ei saada yhteyttä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="109"/>
        <source>There is no database {name} on the server.</source>
        <translation>Palvelimella ei ole tietokantaa {name}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="110"/>
        <source>The database has no controller profile; run palvelutiski-admin init first.</source>
        <translation>Tietokannassa ei ole rekisterinpitäjän tietoja; aja ensin palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="111"/>
        <source>A call is inbound or outbound.</source>
        <translation>Puhelu on joko saapuva tai lähtevä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="113"/>
        <source>Call {call_id} does not exist.</source>
        <translation>Puhelua {call_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="114"/>
        <source>The call has already ended.</source>
        <translation>Puhelu on jo päättynyt.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="115"/>
        <source>This call is already attached to another customer.</source>
        <translation>Puhelu on jo liitetty toiseen asiakkaaseen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="116"/>
        <source>The customer has objected; the recording was stopped and stays stopped.</source>
        <translation>Asiakas on kieltänyt tallennuksen; tallennus pysäytettiin eikä sitä jatketa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="117"/>
        <source>The notice has already been marked as given.</source>
        <translation>Ilmoitus on jo merkitty annetuksi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="119"/>
        <source>The call given as evidence is not a call with this customer.</source>
        <translation>Todisteeksi annettu puhelu ei ole tämän asiakkaan puhelu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="120"/>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation>Tällä tietokoneella ei ole salasanasäilöä (kuten GNOME Keyring, KWallet tai Windowsin Credential Manager), joten salasanaa ei voi muistaa turvallisesti.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="150"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="177"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="178"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="187"/>
        <source>Customer {customer_id} does not exist.</source>
        <translation>Asiakasta {customer_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="151"/>
        <source>Another user changed this customer&apos;s data while you were editing. Your changes were not saved; reopen the card to see the new data, then enter your changes again.</source>
        <translation>Toinen käyttäjä muutti asiakkaan tietoja muokatessasi. Muutoksiasi ei tallennettu; avaa kortti uudelleen nähdäksesi uudet tiedot ja syötä sitten muutoksesi uudelleen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="152"/>
        <source>Choose why the card is opened: call, letter, request or correction.</source>
        <translation>Valitse, miksi kortti avataan: puhelu, kirje, pyyntö vai korjaus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="153"/>
        <source>The postcode {value} belongs to {town}.</source>
        <translation>Postinumero {value} kuuluu postitoimipaikkaan {town}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="154"/>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="155"/>
        <source>The number of demo customers must be between 1 and {maximum}.</source>
        <translation>Esittelyasiakkaiden määrän on oltava 1–{maximum}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="8"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="136"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="156"/>
        <source>The database is not initialised: run palvelutiski-admin init first.</source>
        <translation>Tietokantaa ei ole alustettu: aja ensin palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="3"/>
        <source>No terminal to ask for the password: use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="4"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="6"/>
        <source>{path} exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="7"/>
        <source>The copy failed its integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="9"/>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="121"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="122"/>
        <source>Unknown columns: {columns}. The columns are listed in docs/csv-import.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="123"/>
        <source>Required columns missing: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="124"/>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="125"/>
        <source>The customer number {number} may contain only letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="126"/>
        <source>The language must be fi, sv or en, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="127"/>
        <source>The country must be a two-letter code such as FI or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="128"/>
        <source>The e-mail address {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="129"/>
        <source>The IBAN {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="130"/>
        <source>The kind must be person or company, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="131"/>
        <source>hetu_temporary must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="132"/>
        <source>A person needs last_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="133"/>
        <source>A person has a personal identity code, not a Y-tunnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="134"/>
        <source>The file {file} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="135"/>
        <source>The line has {found} fields; the header has {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="137"/>
        <source>Customer number {number} is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="138"/>
        <source>{column} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="139"/>
        <source>{column} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="140"/>
        <source>Customer number {number} is repeated (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="141"/>
        <source>The postcode {postcode} is not five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="142"/>
        <source>The phone number {value} has too few digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="143"/>
        <source>A company needs company_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="144"/>
        <source>A company has a Y-tunnus, not a personal identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="145"/>
        <source>The Y-tunnus {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="146"/>
        <source>The personal identity code is repeated (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="147"/>
        <source>The personal identity code is already registered to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="148"/>
        <source>The post town {town} does not belong to postcode {postcode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="149"/>
        <source>Bad personal identity code: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="157"/>
        <source>The database already holds too many customers for more demo data.</source>
        <translation>Tietokannassa on jo liian monta asiakasta lisättäväksi esittelytietoja.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="158"/>
        <source>Demo customer numbers would clash with existing customers.</source>
        <translation>Esittelyasiakkaiden numerot menisivät päällekkäin olemassa olevien asiakkaiden kanssa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="159"/>
        <source>Demo data clashes with data already in the database ({table}); use an empty database.</source>
        <translation>Esittelytiedot menevät päällekkäin tietokannassa jo olevien tietojen kanssa ({table}); käytä tyhjää tietokantaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="160"/>
        <source>No controller profile is stored; initialise the database first.</source>
        <translation>Rekisterinpitäjän tietoja ei ole tallennettu; alusta ensin tietokanta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="161"/>
        <source>The customer has no postal address on record; a letter cannot be sent.</source>
        <translation>Asiakkaalla ei ole postiosoitetta; kirjettä ei voi lähettää.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="162"/>
        <source>The request is not matched to a customer yet; no letter can be sent.</source>
        <translation>Pyyntöä ei ole vielä yhdistetty asiakkaaseen; kirjettä ei voi lähettää.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="163"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="175"/>
        <source>Request {request_id} does not exist.</source>
        <translation>Pyyntöä {request_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="164"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="180"/>
        <source>Letter {letter_id} does not exist.</source>
        <translation>Kirjettä {letter_id} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="165"/>
        <source>Profile file {file}: field {field} {problem}.</source>
        <translation>Profiilitiedosto {file}: kenttä {field} {problem}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="166"/>
        <source>Profile file {file} does not contain a JSON object.</source>
        <translation>Profiilitiedostossa {file} ei ole JSON-objektia.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="167"/>
        <source>There is no utility profile called {key}; choose one of: {choices}.</source>
        <translation>Laitosprofiilia {key} ei ole; valitse jokin näistä: {choices}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="168"/>
        <source>Profile file {file} cannot be read: {error}</source>
        <translation>Profiilitiedostoa {file} ei voi lukea: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="169"/>
        <source>Profile file {file} is not valid UTF-8 JSON: {error}</source>
        <translation>Profiilitiedosto {file} ei ole kelvollista UTF-8-JSONia: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="170"/>
        <source>Unknown request type.</source>
        <translation>Tuntematon pyynnön tyyppi.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="171"/>
        <source>Unknown channel.</source>
        <translation>Tuntematon kanava.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="172"/>
        <source>The received date cannot be in the future.</source>
        <translation>Vastaanottopäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="173"/>
        <source>Unknown identity check method.</source>
        <translation>Tuntematon henkilöllisyyden tarkistustapa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="174"/>
        <source>The posting date cannot be in the future.</source>
        <translation>Postituspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="176"/>
        <source>The request is closed.</source>
        <translation>Pyyntö on suljettu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="179"/>
        <source>Match the request to a customer before checking the identity.</source>
        <translation>Yhdistä pyyntö asiakkaaseen ennen henkilöllisyyden tarkistamista.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="181"/>
        <source>No printed letter of this request is waiting for posting.</source>
        <translation>Tämän pyynnön tulostettua kirjettä ei odota postitusta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="182"/>
        <source>No customer has this identity code.</source>
        <translation>Millään asiakkaalla ei ole tätä henkilötunnusta.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="183"/>
        <source>This database is already initialised (profile {profile}); nothing was changed.</source>
        <translation>Tietokanta on jo alustettu (profiili {profile}); mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="185"/>
        <source>The database was initialised, but the administrator could not be created ({reason}). Create one with: palvelutiski-admin create-user NAME --role admin</source>
        <translation>Tietokanta alustettiin, mutta pääkäyttäjää ei voitu luoda ({reason}). Luo pääkäyttäjä komennolla: palvelutiski-admin create-user NIMI --role admin</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="186"/>
        <source>The demo database is a SQLite file.</source>
        <translation>Esittelytietokanta on SQLite-tiedosto.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="190"/>
        <source>A username has 3–63 characters: lowercase letters a–z, digits, . - and _, starting with a letter (not pg_ or desk_).</source>
        <translation>Käyttäjätunnuksessa on 3–63 merkkiä: pieniä kirjaimia a–z, numeroita sekä . - ja _, ja se alkaa kirjaimella (ei pg_ tai desk_).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="191"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Salasanassa on oltava vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="192"/>
        <source>The password must not be the username.</source>
        <translation>Salasana ei saa olla sama kuin käyttäjätunnus.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="193"/>
        <source>There is no user {username}.</source>
        <translation>Käyttäjää {username} ei ole.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="184"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="194"/>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="195"/>
        <source>The username {username} is already taken.</source>
        <translation>Käyttäjätunnus {username} on jo käytössä.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="196"/>
        <source>The database has not been initialised: the identity-code key is missing.</source>
        <translation>Tietokantaa ei ole alustettu: henkilötunnusten avain puuttuu.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="197"/>
        <source>State the reason for showing the full personal identity code.</source>
        <translation>Kerro syy koko henkilötunnuksen näyttämiselle.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpe67lzke8/marked_strings.py" line="198"/>
        <source>No personal identity code is recorded for this customer.</source>
        <translation>Asiakkaalle ei ole tallennettu henkilötunnusta.</translation>
    </message>
</context>
</TS>
