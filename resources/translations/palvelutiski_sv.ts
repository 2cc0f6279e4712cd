<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="138"/>
        <source>Write dates as d.m.yyyy, e.g. 1.3.2026.</source>
        <translation>Skriv datum som d.m.åååå, t.ex. 1.3.2026.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/log_view.py" line="165"/>
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n rad visas.</numerusform>
            <numerusform>%n rader visas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="166"/>
        <source>No audit rows match.</source>
        <translation>Inga loggrader matchar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;Action</source>
        <translation>&amp;Åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="184"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="185"/>
        <source>C&amp;ustomer number</source>
        <translation>K&amp;undnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="187"/>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="191"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="192"/>
        <source>Sea&amp;rch</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="193"/>
        <source>&amp;Older rows</source>
        <translation>&amp;Äldre rader</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="194"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/log_view.py" line="195"/>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="44"/>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="52"/>
        <source>&amp;Log</source>
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="52"/>
        <source>Chain chec&amp;k</source>
        <translation>Kontroll av &amp;kedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/audit_page.py" line="53"/>
        <source>&amp;Who opened a customer</source>
        <translation>&amp;Vem öppnade en kund</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="183"/>
        <source>No call. Press F2 when a call begins.</source>
        <translation>Inget samtal. Tryck F2 när ett samtal börjar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="187"/>
        <source>Call {ref} started {when} by {agent}</source>
        <translation>Samtal {ref} började {when}, handläggare {agent}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="189"/>
        <source>Read to the customer ({language}, script version {version}):</source>
        <translation>Läs för kunden ({language}, textversion {version}):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="196"/>
        <source>Call ended {0}.</source>
        <translation>Samtalet avslutades {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="198"/>
        <source>The recording is destroyed by {0}.</source>
        <translation>Inspelningen förstörs senast {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="201"/>
        <source>The customer objected: recording stopped at {0}.</source>
        <translation>Kunden motsatte sig inspelningen: inspelningen stoppades {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="203"/>
        <source>Notice given and accepted: the call is recorded.</source>
        <translation>Meddelandet givet och godkänt: samtalet spelas in.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="204"/>
        <source>Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).</source>
        <translation>Meddelandet är inte givet ännu: läs texten ovan och tryck sedan F6 (godkände) eller F7 (motsatte sig).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="207"/>
        <source>Notice given – accepted (F6)</source>
        <translation>Meddelandet givet – godkände (F6)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="208"/>
        <source>Objected – stop recording (F7)</source>
        <translation>Motsatte sig – stoppa inspelningen (F7)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="209"/>
        <source>End call (F8)</source>
        <translation>Avsluta samtalet (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="210"/>
        <source>Call notes (Ctrl+Shift+N):</source>
        <translation>Anteckningar om samtalet (Ctrl+Shift+N):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="211"/>
        <source>New call</source>
        <translation>Nytt samtal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="212"/>
        <source>Recording notice given, customer accepted</source>
        <translation>Meddelande om inspelning givet, kunden godkände</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="213"/>
        <source>Customer objected to recording: stop recording</source>
        <translation>Kunden motsatte sig inspelning: stoppa inspelningen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="214"/>
        <source>Write call notes</source>
        <translation>Skriv anteckningar om samtalet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/call_panel.py" line="215"/>
        <source>End the call (with the notes)</source>
        <translation>Avsluta samtalet (med anteckningarna)</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="130"/>
        <source>Postal addresses (newest first)</source>
        <translation>Postadresser (nyaste först)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="133"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="156"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="133"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="140"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="134"/>
        <source>Changed by</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="124"/>
        <source>current</source>
        <translation>nuvarande</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="137"/>
        <source>Bank accounts</source>
        <translation>Bankkonton</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="139"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="139"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="140"/>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="146"/>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="148"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="148"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="149"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="149"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="150"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="153"/>
        <source>Usage sites</source>
        <translation>Användningsställen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="155"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="164"/>
        <source>Metering point</source>
        <translation>Mätpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="156"/>
        <source>Commodity</source>
        <translation>Nyttighet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="162"/>
        <source>Consumption per year</source>
        <translation>Förbrukning per år</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="164"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="165"/>
        <source>Quantity</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="165"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="172"/>
        <source>Invoices (as the billing system reports them)</source>
        <translation>Fakturor (enligt faktureringssystemet)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="179"/>
        <source>Open invoices</source>
        <translation>Öppna fakturor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="180"/>
        <source>Overdue</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="181"/>
        <source>In collection</source>
        <translation>Under indrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="176"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="177"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="182"/>
        <source>Paid in the last 12 months</source>
        <translation>Betalt under de senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="183"/>
        <source>Last invoice</source>
        <translation>Senaste faktura</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="184"/>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="187"/>
        <source>Item</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="187"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="199"/>
        <source>Calls (newest first)</source>
        <translation>Samtal (nyaste först)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="202"/>
        <source>Agent</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="202"/>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="203"/>
        <source>Recording</source>
        <translation>Inspelning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="203"/>
        <source>Destroy by</source>
        <translation>Förstörs senast</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="204"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="206"/>
        <source>not given</source>
        <translation>inte givet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="193"/>
        <source>objected, stopped {0}</source>
        <translation>motsatte sig, stoppad {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="134"/>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="201"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="201"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="211"/>
        <source>Data-subject requests</source>
        <translation>Begäranden från den registrerade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="213"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="224"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="213"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="224"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="214"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="214"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="215"/>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="215"/>
        <location filename="../../desktop/views/desk/card_sections.py" line="227"/>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="222"/>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="225"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="225"/>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="226"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="226"/>
        <source>Created by</source>
        <translation>Uppgjord av</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="227"/>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="235"/>
        <source>Disclosures to other recipients</source>
        <translation>Utlämnanden till andra mottagare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="237"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="237"/>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="238"/>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="238"/>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="239"/>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="246"/>
        <source>Who has looked at this customer (newest first)</source>
        <translation>Vem har tittat på den här kunden (nyaste först)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="248"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="248"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="249"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="249"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_sections.py" line="250"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
</context>
<context>
    <name>ConsentsWidget</name>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="117"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="258"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="260"/>
        <source>No direct marketing of any kind</source>
        <translation>Ingen direktmarknadsföring av något slag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="118"/>
        <source>Prohibit or lift the selected purpose and channel</source>
        <translation>Förbjud eller häv det valda ändamålet och kanalen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="180"/>
        <source>Saving …</source>
        <translation>Sparar …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="185"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="203"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="203"/>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="221"/>
        <source>Allowed (ASML ended {0})</source>
        <translation>Tillåtet (ASML upphörde {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="222"/>
        <source>Allowed</source>
        <translation>Tillåtet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="224"/>
        <source>Prohibited ({0})</source>
        <translation>Förbjudet ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="226"/>
        <location filename="../../desktop/views/desk/consents_widget.py" line="238"/>
        <source>until {0}</source>
        <translation>till {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="251"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="252"/>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="255"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="256"/>
        <source>ASML valid &amp;until:</source>
        <translation>ASML giltig &amp;till:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="257"/>
        <source>History (newest first)</source>
        <translation>Historik (nyaste först)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/consents_widget.py" line="298"/>
        <source>customer</source>
        <translation>kund</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="171"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="176"/>
        <location filename="../../desktop/views/desk/contact_form.py" line="194"/>
        <source>Correct the marked fields.</source>
        <translation>Rätta de markerade fälten.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="179"/>
        <source>Saving …</source>
        <translation>Sparar …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="187"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="198"/>
        <source>Your input is kept in the form. The card now shows the other user&apos;s changes; check them and save again if yours should replace them.</source>
        <translation>Dina uppgifter finns kvar i formuläret. Kortet visar nu den andra användarens ändringar; kontrollera dem och spara igen om dina ska ersätta dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-postadresser:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="226"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>c/&amp;o:</source>
        <translation>c/&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>St&amp;reet address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="227"/>
        <source>Postco&amp;de:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="228"/>
        <source>Post &amp;town:</source>
        <translation>Post&amp;anstalt:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="228"/>
        <source>Countr&amp;y:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="232"/>
        <source>e.g. 040 123 4567; +358 9 123 456</source>
        <translation>t.ex. 040 123 4567; +358 9 123 456</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="237"/>
        <source>Save contact data (Ctrl+S)</source>
        <translation>Spara kontaktuppgifterna (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/contact_form.py" line="238"/>
        <source>Save contact data</source>
        <translation>Spara kontaktuppgifterna</translation>
    </message>
</context>
<context>
    <name>CustomerAccessesView</name>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="77"/>
        <source>Enter a customer number.</source>
        <translation>Ange ett kundnummer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/accesses_view.py" line="90"/>
        <source>{name}, customer {number}: %n audited action(s).</source>
        <translation>
            <numerusform>{name}, kund {number}: %n loggad åtgärd.</numerusform>
            <numerusform>{name}, kund {number}: %n loggade åtgärder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="109"/>
        <source>Customer &amp;number</source>
        <translation>Kund&amp;nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="110"/>
        <source>Show acc&amp;esses</source>
        <translation>Visa &amp;åtkomster</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="111"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/accesses_view.py" line="112"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="156"/>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="164"/>
        <source>End the call (F8) before closing the card.</source>
        <translation>Avsluta samtalet (F8) innan du stänger kortet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="207"/>
        <source>Opening …</source>
        <translation>Öppnar …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="259"/>
        <source>Shown for {seconds} seconds, then masked again</source>
        <translation>Visas i {seconds} sekunder, sedan maskeras den igen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="281"/>
        <location filename="../../desktop/views/desk/card_view.py" line="312"/>
        <source>No customer open</source>
        <translation>Ingen kund öppen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Consumption</source>
        <translation>Förbrukning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Invoices</source>
        <translation>Fakturor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Disclosures</source>
        <translation>Utlämnanden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="231"/>
        <source>Customer no. {number} · Language: {language} · Opened for: {purpose}</source>
        <translation>Kundnr {number} · Språk: {language} · Öppnad för: {purpose}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="300"/>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="301"/>
        <source>Prohibitions</source>
        <translation>Förbud</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="302"/>
        <source>Access log</source>
        <translation>Visningslogg</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="305"/>
        <source>Show the tab: {0}</source>
        <translation>Visa fliken: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="306"/>
        <source>Show full code …</source>
        <translation>Visa hela beteckningen …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="307"/>
        <source>Show the full personal identity code (reason asked)</source>
        <translation>Visa hela personbeteckningen (orsak frågas)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="308"/>
        <source>Edit contact data</source>
        <translation>Redigera kontaktuppgifterna</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="309"/>
        <source>Reload the card</source>
        <translation>Läs in kortet på nytt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/card_view.py" line="310"/>
        <source>Close the card</source>
        <translation>Stäng kortet</translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="43"/>
        <source>Match to a customer</source>
        <translation>Koppla till en kund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="51"/>
        <source>Search by name, customer no., address …</source>
        <translation>Sök på namn, kundnr, adress …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="55"/>
        <source>Match to the selected customer</source>
        <translation>Koppla till vald kund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/match_widget.py" line="125"/>
        <source>No customers found.</source>
        <translation>Inga kunder hittades.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="73"/>
        <source>Customer matched</source>
        <translation>Kopplad till kund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>Identity checked</source>
        <translation>Identiteten kontrollerad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="74"/>
        <source>State changed</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="75"/>
        <source>Identity clarification asked (clock paused)</source>
        <translation>Utredning av identiteten begärd (tidsfristen pausad)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="76"/>
        <source>Clock resumed</source>
        <translation>Tidsfristen löper igen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="76"/>
        <source>Reassigned</source>
        <translation>Handläggare bytt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="87"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="88"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="89"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="90"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="91"/>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="48"/>
        <source>New written request</source>
        <translation>Ny skriftlig begäran</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="65"/>
        <source>Signed by the requester</source>
        <translation>Undertecknad av den som begär</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="70"/>
        <source>Search by name, customer no., address …</source>
        <translation>Sök på namn, kundnr, adress …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="74"/>
        <source>Not yet identified</source>
        <translation>Ännu inte identifierad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="78"/>
        <source>Archive or scan number of the letter</source>
        <translation>Brevets arkiv- eller skanningsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="81"/>
        <source>What does the customer ask for?</source>
        <translation>Vad begär kunden?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="87"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="88"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Mottagen:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="89"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;und:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="94"/>
        <source>&amp;Scanned document:</source>
        <translation>&amp;Skannat dokument:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="95"/>
        <source>&amp;Request text:</source>
        <translation>&amp;Begärans text:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="100"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="145"/>
        <source>No customers found.</source>
        <translation>Inga kunder hittades.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/intake_dialog.py" line="174"/>
        <source>Registering …</source>
        <translation>Registrerar …</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/requests/preview_dialog.py" line="26"/>
        <source>Print preview – {0}</source>
        <translation>Förhandsgranskning – {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/preview_dialog.py" line="40"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/preview_dialog.py" line="44"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="101"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="102"/>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="103"/>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="104"/>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="105"/>
        <source>Posted</source>
        <translation>Postad</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="176"/>
        <source>The desk is locked</source>
        <translation>Skrivbordet är låst</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="177"/>
        <source>Signed in: {who}. Type your password to continue; unsaved work is kept as it was.</source>
        <translation>Inloggad: {who}. Skriv ditt lösenord för att fortsätta; osparat arbete finns kvar som det var.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="179"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="180"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="181"/>
        <source>Sign out and quit</source>
        <translation>Logga ut och avsluta</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="102"/>
        <source>Preparing the demo database… The first start creates it, which takes a moment.</source>
        <translation>Demodatabasen förbereds… Vid första starten skapas den, vilket tar en stund.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="130"/>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="137"/>
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="139"/>
        <source>Type your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="142"/>
        <source>Choose the database file.</source>
        <translation>Välj databasfilen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="144"/>
        <source>Type the database server&apos;s name.</source>
        <translation>Skriv databasserverns namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="146"/>
        <source>Type the database name.</source>
        <translation>Skriv databasens namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="231"/>
        <source>Choose the database file</source>
        <translation>Välj databasfilen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="232"/>
        <source>Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Palvelutiski-databas (*.sqlite3 *.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="273"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="274"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="275"/>
        <source>Path of the database file</source>
        <translation>Databasfilens sökväg</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="276"/>
        <source>Server name or address</source>
        <translation>Serverns namn eller adress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="277"/>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation>Lösenordet sparas i datorns lösenordsvalv, aldrig i en fil.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195"/>
        <source>About Palvelutiski</source>
        <translation>Om Palvelutiski</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="199"/>
        <source>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — the customer service desk of the utility&apos;s customer register.</source>
        <translation>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — kundtjänstens arbetsbord för bolagets kundregister.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="201"/>
        <source>Database: {label}</source>
        <translation>Databas: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202"/>
        <source>A SQLite database file offers no protection against anyone who can copy it: whoever has the file can read every customer and every personal identity code in it. On a SQLite workstation, masking and roles are enforced by this application only.</source>
        <translation>En SQLite-databasfil skyddar inte mot någon som kan kopiera den: den som har filen kan läsa varje kund och varje personbeteckning i den. På en SQLite-arbetsstation upprätthålls maskering och roller endast av detta program.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="207"/>
        <source>This desk uses the shared PostgreSQL database with your personal database login: the database server itself keeps full identity codes from roles that may not see them.</source>
        <translation>Detta arbetsbord använder den gemensamma PostgreSQL-databasen med din personliga databasinloggning: databasservern själv skyddar hela personbeteckningar från roller som inte får se dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="215"/>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Databasen svarar inte. Dina uppgifter finns kvar; försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/print_flow.py" line="58"/>
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Skriver ut %n brev…</numerusform>
            <numerusform>Skriver ut %n brev…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="24"/>
        <source>&amp;1  Call – the customer is on the line</source>
        <translation>&amp;1  Samtal – kunden är i telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="25"/>
        <source>&amp;2  Letter – answering or sending post</source>
        <translation>&amp;2  Brev – besvara eller skicka post</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="26"/>
        <source>&amp;3  Request – a data-subject request</source>
        <translation>&amp;3  Begäran – en begäran från den registrerade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="27"/>
        <source>&amp;4  Correction – fixing the customer&apos;s data</source>
        <translation>&amp;4  Rättelse – rätta kundens uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="40"/>
        <source>Why are you opening this customer?</source>
        <translation>Varför öppnar du den här kunden?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="42"/>
        <source>Opening {0}. The reason is written to the access log.</source>
        <translation>Öppnar {0}. Orsaken skrivs i åtkomstloggen.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/tables.py" line="117"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/tables.py" line="118"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="121"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="122"/>
        <source>not identified</source>
        <translation>inte identifierad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="123"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="124"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="124"/>
        <source> (paused)</source>
        <translation> (pausad)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="125"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="126"/>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="127"/>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/tables.py" line="128"/>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="105"/>
        <source>Record identity check</source>
        <translation>Registrera identitetskontrollen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="107"/>
        <source>Needs clarification (letter, pause)</source>
        <translation>Behöver utredas (brev, paus)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="114"/>
        <source>Reason (hold, extension, refusal, withdrawal, clarification) or, at sign-off, what was done</source>
        <translation>Motivering (vilande, förlängning, avslag, återkallelse, utredning) eller, vid godkännandet, vad som gjordes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="117"/>
        <source>Sign off and generate reply</source>
        <translation>Godkänn och skapa svaret</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="119"/>
        <source>Refuse…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="123"/>
        <source> month(s)</source>
        <translation> mån.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="124"/>
        <source>Extend deadline (letter)</source>
        <translation>Förläng tidsfristen (brev)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="129"/>
        <source>Preview and print…</source>
        <translation>Förhandsgranska och skriv ut…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="131"/>
        <source>Acknowledgement letter</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="137"/>
        <source>Mark posted</source>
        <translation>Markera som postad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="147"/>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="152"/>
        <source>Workflow</source>
        <translation>Handläggning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="161"/>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="165"/>
        <source>Posted on:</source>
        <translation>Postad den:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="170"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="218"/>
        <source>signed</source>
        <translation>undertecknad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="218"/>
        <source>NOT signed</source>
        <translation>INTE undertecknad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="219"/>
        <source>{0} – {1} – {2}</source>
        <translation>{0} – {1} – {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="221"/>
        <source>Received {0} by {1}, {2}</source>
        <translation>Mottagen {0} via {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="224"/>
        <source>Closed. Posted on {0}.</source>
        <translation>Stängd. Postad den {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="225"/>
        <source>Closed.</source>
        <translation>Stängd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="228"/>
        <source>%n day(s) OVERDUE</source>
        <translation>
            <numerusform>%n dag FÖRSENAD</numerusform>
            <numerusform>%n dagar FÖRSENAD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="230"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="231"/>
        <source>Received {0}, reply due {1} ({2}).</source>
        <translation>Mottagen {0}, svaret ska ges senast {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="234"/>
        <source>Deadline extended.</source>
        <translation>Tidsfristen förlängd.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="236"/>
        <source>Clock paused since {0} (identity clarification).</source>
        <translation>Tidsfristen pausad sedan {0} (utredning av identiteten).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/detail_widget.py" line="239"/>
        <source>Paused %n day(s) so far.</source>
        <translation>
            <numerusform>Pausad hittills %n dag.</numerusform>
            <numerusform>Pausad hittills %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="241"/>
        <source>Handled by {0}.</source>
        <translation>Handläggare: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="243"/>
        <source>Also open for this customer: {0}</source>
        <translation>Även öppet för den här kunden: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="247"/>
        <source>Checked: {0} ({1}, {2})</source>
        <translation>Kontrollerad: {0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="265"/>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="299"/>
        <source>Check the address before printing: {0}</source>
        <translation>Kontrollera adressen före utskrift: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="347"/>
        <source>Printing {0} …</source>
        <translation>Skriver ut {0} …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/detail_widget.py" line="351"/>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation>Utskrivet. Lägg brevet i ett fönsterkuvert och markera det som postat.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="76"/>
        <source>&amp;New request…</source>
        <translation>&amp;Ny begäran…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="98"/>
        <source>All states</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="101"/>
        <source>Show closed</source>
        <translation>Visa stängda</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="102"/>
        <source>New request…</source>
        <translation>Ny begäran…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="104"/>
        <source>Print all waiting letters…</source>
        <translation>Skriv ut alla väntande brev…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="109"/>
        <source>Agent or supervisor to hand the chosen request to</source>
        <translation>Kundtjänstmedarbetare eller chef som den valda begäran överlåts till</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="110"/>
        <source>Reassign</source>
        <translation>Överlåt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="165"/>
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n öppen begäran</numerusform>
            <numerusform>%n öppna begäranden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="166"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n försenad</numerusform>
            <numerusform>, %n försenade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="201"/>
        <source>Choose a request in the queue first.</source>
        <translation>Välj först en begäran i kön.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="208"/>
        <source>{0} is now handled by {1}.</source>
        <translation>{0} handläggs nu av {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="232"/>
        <source>No letters are waiting to be printed.</source>
        <translation>Inga brev väntar på utskrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="240"/>
        <source>Letters to post</source>
        <translation>Brev att posta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="241"/>
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Skriver ut %n brev…</numerusform>
            <numerusform>Skriver ut %n brev…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/queue_page.py" line="243"/>
        <source>Palvelutiski letters</source>
        <translation>Palvelutiski-brev</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/requests/queue_page.py" line="246"/>
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n brev utskrivet.</numerusform>
            <numerusform>%n brev utskrivna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealHetuDialog</name>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="77"/>
        <source>Show the full personal identity code</source>
        <translation>Visa hela personbeteckningen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="79"/>
        <source>State the reason. It is stored in the audit log with your name.</source>
        <translation>Ange orsaken. Den sparas i loggen med ditt namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/dialogs.py" line="95"/>
        <source>Write a reason of at least a few words.</source>
        <translation>Skriv en orsak med åtminstone några ord.</translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <location filename="../../desktop/views/admin/role_pages.py" line="61"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="230"/>
        <source>Name, customer no., address, phone, e-mail, metering point, business ID or identity code</source>
        <translation>Namn, kundnr, adress, telefon, e-post, mätpunkt, FO-nummer eller personbeteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="275"/>
        <source>Move in the result list (also from the field)</source>
        <translation>Flytta i resultatlistan (även från fältet)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="276"/>
        <source>Open the selected customer</source>
        <translation>Öppna den valda kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="277"/>
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="331"/>
        <source>More than {0} matches – type more to narrow the search …</source>
        <translation>Fler än {0} träffar – skriv mer för att begränsa sökningen …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="334"/>
        <source>No customers found.</source>
        <translation>Inga kunder hittades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/desk/search_panel.py" line="336"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Customer no.</source>
        <translation>Kundnr</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Identity</source>
        <translation>Beteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="69"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="70"/>
        <source>Matched by</source>
        <translation>Träff på</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="128"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="129"/>
        <source>customer number</source>
        <translation>kundnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="130"/>
        <source>street address</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="131"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="132"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="133"/>
        <source>metering point</source>
        <translation>mätpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="134"/>
        <source>usage site</source>
        <translation>förbrukningsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="135"/>
        <source>business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/desk/search_panel.py" line="136"/>
        <source>personal identity code</source>
        <translation>personbeteckning</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../desktop/views/shortcut_overlay.py" line="122"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcut_overlay.py" line="123"/>
        <source>Esc or F1 closes this list.</source>
        <translation>Esc eller F1 stänger listan.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/views/status_line.py" line="64"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="65"/>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="66"/>
        <source>Connection lost</source>
        <translation>Anslutningen bröts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="68"/>
        <source>The database answers.</source>
        <translation>Databasen svarar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_line.py" line="69"/>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation>Databasen svarar inte. Dina uppgifter finns kvar; försök igen om en stund.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="44"/>
        <location filename="../../desktop/views/admin/users_page.py" line="161"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="175"/>
        <source>until {time}</source>
        <translation>till {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="177"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="177"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="202"/>
        <source>Choose a user in the list.</source>
        <translation>Välj en användare i listan.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="215"/>
        <location filename="../../desktop/views/admin/users_page.py" line="239"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="224"/>
        <source>User {username} created ({role}).</source>
        <translation>Användaren {username} skapad ({role}).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="243"/>
        <source>New password set for {username}.</source>
        <translation>Nytt lösenord satt för {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="251"/>
        <source>{username} can sign in again.</source>
        <translation>{username} kan logga in igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="261"/>
        <source>Deactivate {username}? They can no longer sign in; their audit history stays.</source>
        <translation>Inaktivera {username}? Personen kan inte längre logga in; loggningshistoriken finns kvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="267"/>
        <source>{username} has been deactivated.</source>
        <translation>{username} har inaktiverats.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="290"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="291"/>
        <source>Last sign-in</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="292"/>
        <source>&amp;Reload</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="293"/>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Username</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>R&amp;ole</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="294"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="295"/>
        <source>Password &amp;again</source>
        <translation>Lösenordet &amp;igen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="300"/>
        <source>e.g. aino.virtanen</source>
        <translation>t.ex. aino.virtanen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="301"/>
        <source>at least 10 characters</source>
        <translation>minst 10 tecken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="304"/>
        <source>Cr&amp;eate user</source>
        <translation>&amp;Skapa användare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="310"/>
        <source>Se&amp;t password</source>
        <translation>&amp;Ange lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="305"/>
        <source>Selected user</source>
        <translation>Vald användare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="306"/>
        <source>New pass&amp;word</source>
        <translation>Nytt lösen&amp;ord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="306"/>
        <source>New password a&amp;gain</source>
        <translation>Nytt lösenord i&amp;gen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="311"/>
        <source>Un&amp;lock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/users_page.py" line="312"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
</context>
<context>
    <name>VerifyChainView</name>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="93"/>
        <source>Verifying the audit chain…</source>
        <translation>Loggkedjan verifieras…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/audit/verify_view.py" line="102"/>
        <source>The audit chain is intact: %n row(s), head hash {hash}.</source>
        <translation>
            <numerusform>Loggkedjan är intakt: %n rad, senaste hash {hash}.</numerusform>
            <numerusform>Loggkedjan är intakt: %n rader, senaste hash {hash}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="105"/>
        <source>It matches the receipt.</source>
        <translation>Den stämmer med kvittot.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="106"/>
        <source>Write down or print the receipt below and check against it next time.</source>
        <translation>Skriv ner eller skriv ut kvittot nedan och kontrollera mot det nästa gång.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="111"/>
        <source>The audit chain is NOT intact.</source>
        <translation>Loggkedjan är INTE intakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="145"/>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="146"/>
        <source>Verified</source>
        <translation>Verifierad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="147"/>
        <source>Verified by</source>
        <translation>Verifierad av</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="148"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="149"/>
        <source>Head hash</source>
        <translation>Senaste hash</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="150"/>
        <source>Receipt</source>
        <translation>Kvitto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="154"/>
        <location filename="../../desktop/views/audit/verify_view.py" line="163"/>
        <source>Audit log receipt</source>
        <translation>Kvitto för loggen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="155"/>
        <source>Keep this sheet apart from the computer. A later verification against this receipt shows whether rows were removed or rewritten.</source>
        <translation>Förvara det här arket skilt från datorn. En senare verifiering mot kvittot visar om rader har tagits bort eller skrivits om.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="174"/>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Enter the receipt from the previous verification to also catch rows removed from the end.</source>
        <translation>Verifieringen läser hela loggen och kontrollerar varje rads hash. Ange kvittot från förra verifieringen för att också upptäcka rader som tagits bort från slutet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="177"/>
        <source>&amp;Earlier receipt</source>
        <translation>&amp;Tidigare kvitto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="178"/>
        <source>rows:hash (optional)</source>
        <translation>rader:hash (valfritt)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="179"/>
        <source>Ve&amp;rify chain</source>
        <translation>&amp;Verifiera kedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="180"/>
        <source>Co&amp;py</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit/verify_view.py" line="181"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../desktop/views/desk/common.py" line="45"/>
        <source>The operation failed: {0}</source>
        <translation>Åtgärden misslyckades: {0}</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="26"/>
        <source>Something went wrong inside Palvelutiski. The details are in the log file.</source>
        <translation>Ett fel uppstod i Palvelutiski. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="39"/>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="40"/>
        <source>Palvelutiski ran into an error it did not expect. Your saved work is safe; the action you were doing may not have finished.</source>
        <translation>Palvelutiski stötte på ett oväntat fel. Ditt sparade arbete är i säkerhet; åtgärden du höll på med blev kanske inte klar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="44"/>
        <source>Please tell the helpdesk. The log file is {path}.</source>
        <translation>Meddela helpdesk. Loggfilen är {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_dialog.py" line="47"/>
        <source>Copy details</source>
        <translation>Kopiera detaljerna</translation>
    </message>
</context>
<context>
    <name>login_dialog</name>
    <message>
        <location filename="../../forms/login_dialog.ui" line="14"/>
        <source>Palvelutiski – sign in</source>
        <translation>Palvelutiski – inloggning</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="42"/>
        <source>Customer service desk – sign in with your personal user name.</source>
        <translation>Kundtjänstens arbetsbord – logga in med ditt personliga användarnamn.</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="63"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="80"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="97"/>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="108"/>
        <source>Shared database (PostgreSQL)</source>
        <translation>Gemensam databas (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="113"/>
        <source>Database file on this computer (SQLite)</source>
        <translation>Databasfil på den här datorn (SQLite)</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="137"/>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="167"/>
        <source>Database &amp;name:</source>
        <translation>Databasens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="199"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="210"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="223"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="64"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="72"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="76"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="83"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="97"/>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Lås skrivbordet</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="107"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>New &amp;call</source>
        <translation>Nytt &amp;samtal</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>New &amp;request</source>
        <translation>Ny &amp;begäran</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="127"/>
        <source>&amp;About Palvelutiski</source>
        <translation>&amp;Om Palvelutiski</translation>
    </message>
</context>
<context>
    <name>palvelutiski</name>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="36"/>
        <source>A line of the address is longer than 30 characters and was wrapped; check it.</source>
        <translation>En adressrad är längre än 30 tecken och radbröts; kontrollera den.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="37"/>
        <source>The address has no recipient name.</source>
        <translation>Adressen saknar mottagarens namn.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="38"/>
        <source>The address has no street or PO box.</source>
        <translation>Adressen saknar gatuadress eller postbox.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="39"/>
        <source>The address has no post town.</source>
        <translation>Adressen saknar postanstalt.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="40"/>
        <source>The address has more than six lines and may not show in the envelope window.</source>
        <translation>Adressen har fler än sex rader och syns kanske inte i kuvertets fönster.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="41"/>
        <source>A Finnish postcode has five digits.</source>
        <translation>Ett finländskt postnummer har fem siffror.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="42"/>
        <source>The phone number {value} may contain only digits, spaces, hyphens and a leading +.</source>
        <translation>Telefonnumret {value} får bara innehålla siffror, mellanslag, bindestreck och ett inledande +.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="43"/>
        <source>The phone number {value} is not a Finnish number (0… or +358…) of the right length.</source>
        <translation>Telefonnumret {value} är inte ett finländskt nummer (0… eller +358…) av rätt längd.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="44"/>
        <source>The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).</source>
        <translation>E-postadressen {value} är inte giltig (t.ex. maija.meikalainen@example.fi).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="45"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="168"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="174"/>
        <source>The language must be Finnish, Swedish or English.</source>
        <translation>Språket måste vara finska, svenska eller engelska.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="46"/>
        <source>The same phone number is given twice.</source>
        <translation>Samma telefonnummer har angetts två gånger.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="47"/>
        <source>The same e-mail address is given twice.</source>
        <translation>Samma e-postadress har angetts två gånger.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="48"/>
        <source>Enter the street address (at most 100 characters).</source>
        <translation>Ange gatuadressen (högst 100 tecken).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="49"/>
        <source>The country is a two-letter code, e.g. FI or SE.</source>
        <translation>Landet anges med en kod på två bokstäver, t.ex. FI eller SE.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="50"/>
        <source>A Finnish postcode has exactly 5 digits, e.g. 94450.</source>
        <translation>Ett finländskt postnummer har exakt 5 siffror, t.ex. 94450.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="51"/>
        <source>The post town {value} must be letters only, e.g. Keminmaa.</source>
        <translation>Postanstalten {value} får bara innehålla bokstäver, t.ex. Keminmaa.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="52"/>
        <source>The c/o line has at most 60 characters.</source>
        <translation>c/o-raden har högst 60 tecken.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="53"/>
        <source>Enter the postcode (at most 10 characters).</source>
        <translation>Ange postnumret (högst 10 tecken).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="54"/>
        <source>The deadline has already been extended once.</source>
        <translation>Tidsfristen har redan förlängts en gång.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="55"/>
        <source>The deadline can be extended by one or two months.</source>
        <translation>Tidsfristen kan förlängas med en eller två månader.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="56"/>
        <source>An extension needs a reason; it is sent to the customer.</source>
        <translation>En förlängning kräver en motivering; den skickas till kunden.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="57"/>
        <source>The deadline can only be extended before it has passed (due {due}).</source>
        <translation>Tidsfristen kan bara förlängas innan den har gått ut (förfaller {due}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="58"/>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation>En personbeteckning har 11 tecken, t.ex. 131052-308T.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="59"/>
        <source>The 7th character of a personal identity code must be one of + - A–F U–Y.</source>
        <translation>Det 7:e tecknet i en personbeteckning måste vara något av + - A–F U–Y.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="60"/>
        <source>The birth date in the personal identity code is in the future.</source>
        <translation>Födelsedatumet i personbeteckningen ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="61"/>
        <source>Individual numbers 900–999 are temporary codes; mark the code as temporary.</source>
        <translation>Individnumren 900–999 är tillfälliga beteckningar; markera beteckningen som tillfällig.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="62"/>
        <source>The personal identity code is not in the form DDMMYYCZZZQ.</source>
        <translation>Personbeteckningen har inte formen DDMMÅÅCNNNK.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="63"/>
        <source>The check character of the personal identity code is wrong.</source>
        <translation>Personbeteckningens kontrolltecken är fel.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="64"/>
        <source>The personal identity code has an impossible birth date or number.</source>
        <translation>Personbeteckningen har ett omöjligt födelsedatum eller individnummer.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="65"/>
        <source>Direct advertising</source>
        <translation>Direktreklam</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="66"/>
        <source>Distance selling</source>
        <translation>Distansförsäljning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="67"/>
        <source>Other direct marketing</source>
        <translation>Annan direktmarknadsföring</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="68"/>
        <source>Market research</source>
        <translation>Marknadsundersökning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="69"/>
        <source>Opinion polls</source>
        <translation>Opinionsundersökningar</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="70"/>
        <source>Person registers</source>
        <translation>Personmatriklar</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="71"/>
        <source>Genealogy</source>
        <translation>Släktforskning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="72"/>
        <source>Electronic marketing (consent)</source>
        <translation>Elektronisk direktmarknadsföring (samtycke)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="73"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="74"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="75"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="76"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="77"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="78"/>
        <source>Customer by phone</source>
        <translation>Kunden per telefon</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="79"/>
        <source>Customer by letter</source>
        <translation>Kunden per brev</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="80"/>
        <source>Customer by e-mail</source>
        <translation>Kunden per e-post</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="81"/>
        <source>Customer at the desk</source>
        <translation>Kunden vid disken</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="82"/>
        <source>DVV (Population Information System)</source>
        <translation>MDB (befolkningsdatasystemet)</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="83"/>
        <source>ASML telephone restriction service</source>
        <translation>ASML:s spärrtjänst för telefonmarknadsföring</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="84"/>
        <source>Prohibited</source>
        <translation>Förbjudet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="85"/>
        <source>Prohibition lifted</source>
        <translation>Förbudet hävt</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="86"/>
        <source>Consent given</source>
        <translation>Samtycke givet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="87"/>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="88"/>
        <source>There is no prohibition from this source to lift.</source>
        <translation>Det finns inget förbud från den här källan att häva.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="89"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="248"/>
        <source>Unknown purpose: {purpose}.</source>
        <translation>Okänt ändamål: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="90"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="249"/>
        <source>Unknown channel: {channel}.</source>
        <translation>Okänd kanal: {channel}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="91"/>
        <source>Unknown source: {source}.</source>
        <translation>Okänd källa: {source}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="92"/>
        <source>Unknown decision: {decision}.</source>
        <translation>Okänt beslut: {decision}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="93"/>
        <source>The validity end date is before the date of the event.</source>
        <translation>Giltighetens slutdatum ligger före händelsens datum.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="94"/>
        <source>This prohibition is registered at DVV; the customer lifts it there.</source>
        <translation>Förbudet är registrerat hos MDB; kunden häver det där.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="95"/>
        <source>This is an ASML telephone restriction; the customer cancels it there.</source>
        <translation>Detta är en spärr hos ASML för telefonmarknadsföring; kunden säger upp den där.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="96"/>
        <source>Only the customer or DVV can prohibit all direct marketing.</source>
        <translation>Endast kunden eller MDB kan förbjuda all direktmarknadsföring.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="97"/>
        <source>Electronic marketing is given or withdrawn as a consent.</source>
        <translation>Elektronisk marknadsföring ges eller återkallas som ett samtycke.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="98"/>
        <source>Electronic-marketing consent applies to e-mail and SMS only.</source>
        <translation>Samtycke till elektronisk marknadsföring gäller endast e-post och SMS.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="99"/>
        <source>Only the customer can give or withdraw a consent.</source>
        <translation>Endast kunden kan ge eller återkalla ett samtycke.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="100"/>
        <source>A purpose other than electronic marketing is prohibited or lifted.</source>
        <translation>Andra ändamål än elektronisk marknadsföring förbjuds eller så hävs förbudet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="101"/>
        <source>The ASML restriction service covers telephone marketing only.</source>
        <translation>ASML:s spärrtjänst gäller endast telefonmarknadsföring.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="102"/>
        <source>An ASML telephone restriction needs its validity end date.</source>
        <translation>En ASML-spärr för telefonmarknadsföring behöver sitt slutdatum.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="103"/>
        <source>Only an ASML telephone restriction has a validity end date.</source>
        <translation>Endast en ASML-spärr för telefonmarknadsföring har ett slutdatum.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="104"/>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="105"/>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="106"/>
        <source>In preparation</source>
        <translation>Under beredning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="107"/>
        <source>Awaiting sign-off</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="108"/>
        <source>Ready to print</source>
        <translation>Klar för utskrift</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="109"/>
        <source>Printed</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="110"/>
        <source>Dispatched</source>
        <translation>Avsänd</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="111"/>
        <source>On hold</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="112"/>
        <source>Deadline extended</source>
        <translation>Tidsfristen förlängd</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="113"/>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="114"/>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="115"/>
        <source>A request cannot move from “{source}” to “{target}”.</source>
        <translation>En begäran kan inte gå från ”{source}” till ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="116"/>
        <source>Your role may not move a request to “{target}”.</source>
        <translation>Din roll får inte flytta en begäran till ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="117"/>
        <source>Give a reason for “{target}”.</source>
        <translation>Ange en motivering för ”{target}”.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="118"/>
        <source>Only a supervisor may sign off or refuse a request.</source>
        <translation>Endast en förman får godkänna eller avslå en begäran.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="119"/>
        <source>Customer service agent</source>
        <translation>Kundtjänstmedarbetare</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="120"/>
        <source>Supervisor</source>
        <translation>Förman</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="121"/>
        <source>Administrator</source>
        <translation>Huvudanvändare</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="122"/>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="123"/>
        <source>Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched.</source>
        <translation>Personbeteckningar söks bara hela (alla 11 tecken, t.ex. 131052-308T); delar av en beteckning söks aldrig.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="124"/>
        <source>Login</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="125"/>
        <source>Failed login</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="126"/>
        <source>Account locked</source>
        <translation>Kontot låst</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="127"/>
        <source>Account unlocked</source>
        <translation>Kontot upplåst</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="128"/>
        <source>Logout</source>
        <translation>Utloggning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="129"/>
        <source>Session locked</source>
        <translation>Sessionen låst</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="130"/>
        <source>Customer opened</source>
        <translation>Kund öppnad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="131"/>
        <source>Customer&apos;s audit trail read</source>
        <translation>Kundens loggspår läst</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="132"/>
        <source>Identity code search</source>
        <translation>Sökning på personbeteckning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="133"/>
        <source>Identity code revealed</source>
        <translation>Personbeteckning visad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="134"/>
        <source>Contact details changed</source>
        <translation>Kontaktuppgifter ändrade</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="135"/>
        <source>Consent or prohibition recorded</source>
        <translation>Samtycke eller förbud registrerat</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="136"/>
        <source>Call started</source>
        <translation>Samtal började</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="137"/>
        <source>Call ended</source>
        <translation>Samtal avslutades</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="138"/>
        <source>Request registered</source>
        <translation>Begäran registrerad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="139"/>
        <source>Request state changed</source>
        <translation>Begärans status ändrad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="140"/>
        <source>Request reassigned</source>
        <translation>Begäran överförd till en annan handläggare</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="141"/>
        <source>Letter generated</source>
        <translation>Brev skapat</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="142"/>
        <source>Letter printed</source>
        <translation>Brev utskrivet</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="143"/>
        <source>Letter dispatched</source>
        <translation>Brev avsänt</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="144"/>
        <source>User created</source>
        <translation>Användare skapad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="145"/>
        <source>Password set</source>
        <translation>Lösenord satt</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="146"/>
        <source>User deactivated</source>
        <translation>Användare inaktiverad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="147"/>
        <source>User unlocked</source>
        <translation>Användare upplåst</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="148"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="149"/>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="150"/>
        <source>Customers imported</source>
        <translation>Kunder importerade</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="151"/>
        <source>Database initialised</source>
        <translation>Databasen initierad</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="152"/>
        <source>No customer has the number {number}.</source>
        <translation>Ingen kund har numret {number}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="153"/>
        <source>The start date is after the end date.</source>
        <translation>Startdatumet ligger efter slutdatumet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="154"/>
        <source>Audit row {id} has been altered: its content no longer matches its hash.</source>
        <translation>Loggrad {id} har ändrats: dess innehåll stämmer inte längre med dess hash.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="155"/>
        <source>The audit log is broken before row {id}: a row has been deleted or replaced there.</source>
        <translation>Loggen är bruten före rad {id}: en rad har tagits bort eller ersatts där.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="156"/>
        <source>The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed from the end.</source>
        <translation>Loggen har {count} rader men kvittot anger {receipt_count}: rader har tagits bort från slutet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="157"/>
        <source>Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log has been rewritten.</source>
        <translation>Loggrad {id} (nummer {receipt_count}) har inte kvittots hash: loggen har skrivits om.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="158"/>
        <source>A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits).</source>
        <translation>Ett kvitto är antalet rader och den senaste hashen, t.ex. 1234:9f86d0…(64 hexadecimala siffror).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="159"/>
        <source>Wrong username or password, or the account is not in use.</source>
        <translation>Fel användarnamn eller lösenord, eller så är kontot inte i bruk.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="160"/>
        <source>Too many failed attempts: the account is locked. Try again in {minutes} min or ask the administrator to unlock it.</source>
        <translation>För många misslyckade försök: kontot är låst. Försök igen om {minutes} min eller be huvudanvändaren låsa upp det.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="265"/>
        <source>Posti/DVV update</source>
        <translation>Posti/MDB-uppdatering</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="15"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="161"/>
        <source>There is no database file at {path}.</source>
        <translation>Det finns ingen databasfil på {path}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="162"/>
        <source>The file {path} is not an initialised Palvelutiski database.</source>
        <translation>Filen {path} är inte en initierad Palvelutiski-databas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="163"/>
        <source>The database server {host} cannot be reached.</source>
        <translation>Det går inte att nå databasservern {host}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="164"/>
        <source>The database server cannot be reached.</source>
        <translation>Det går inte att nå databasservern.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="165"/>
        <source>There is no database {name} on the server.</source>
        <translation>Det finns ingen databas {name} på servern.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="166"/>
        <source>The database has no controller profile; run palvelutiski-admin init first.</source>
        <translation>Databasen saknar den personuppgiftsansvariges profil; kör först palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="167"/>
        <source>A call is inbound or outbound.</source>
        <translation>Ett samtal är inkommande eller utgående.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="169"/>
        <source>Call {call_id} does not exist.</source>
        <translation>Samtal {call_id} finns inte.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="170"/>
        <source>The call has already ended.</source>
        <translation>Samtalet har redan avslutats.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="171"/>
        <source>This call is already attached to another customer.</source>
        <translation>Samtalet är redan kopplat till en annan kund.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="172"/>
        <source>The customer has objected; the recording was stopped and stays stopped.</source>
        <translation>Kunden har motsatt sig; inspelningen stoppades och förblir stoppad.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="173"/>
        <source>The notice has already been marked as given.</source>
        <translation>Meddelandet har redan markerats som givet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="175"/>
        <source>The call given as evidence is not a call with this customer.</source>
        <translation>Samtalet som angetts som bevis är inte ett samtal med den här kunden.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="176"/>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation>Den här datorn har inget lösenordsvalv (såsom GNOME Keyring, KWallet eller Windows Credential Manager), så lösenordet kan inte sparas säkert.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="206"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="234"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="235"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="247"/>
        <source>Customer {customer_id} does not exist.</source>
        <translation>Kund {customer_id} finns inte.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="207"/>
        <source>Another user changed this customer&apos;s data while you were editing. Your changes were not saved; reopen the card to see the new data, then enter your changes again.</source>
        <translation>En annan användare ändrade kundens uppgifter medan du redigerade. Dina ändringar sparades inte; öppna kortet igen för att se de nya uppgifterna och ange sedan dina ändringar på nytt.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="208"/>
        <source>Choose why the card is opened: call, letter, request or correction.</source>
        <translation>Välj varför kortet öppnas: samtal, brev, begäran eller rättelse.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="209"/>
        <source>The postcode {value} belongs to {town}.</source>
        <translation>Postnumret {value} hör till {town}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="210"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="211"/>
        <source>The number of demo customers must be between 1 and {maximum}.</source>
        <translation>Antalet demokunder måste vara mellan 1 och {maximum}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="20"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="192"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="212"/>
        <source>The database is not initialised: run palvelutiski-admin init first.</source>
        <translation>Databasen är inte initierad: kör först palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="3"/>
        <source>No terminal to ask for the password: use --password-stdin.</source>
        <translation>Ingen terminal att fråga lösenordet i: använd --password-stdin.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="4"/>
        <source>Password for {name}: </source>
        <translation>Lösenord för {name}: </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="5"/>
        <source>The passwords do not match.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="6"/>
        <source>There is no database file at {path}; create one with palvelutiski-admin init.</source>
        <translation>Det finns ingen databasfil på {path}; skapa en med palvelutiski-admin init.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="7"/>
        <source>Initialised {where} with profile {profile} (schema {schema}); administrator {admin} created.</source>
        <translation>Databasen {where} initierad med profilen {profile} (schema {schema}); administratören {admin} skapad.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="8"/>
        <source>Schema of {where}: {before} -&gt; {after}.</source>
        <translation>Schemat för {where}: {before} -&gt; {after}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="9"/>
        <source>User {name} ({role}) created.</source>
        <translation>Användaren {name} ({role}) skapad.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="10"/>
        <source>Password of {name} set.</source>
        <translation>Lösenordet för {name} har ställts in.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="11"/>
        <source>User {name} deactivated.</source>
        <translation>Användaren {name} inaktiverad.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="12"/>
        <source>User {name} unlocked.</source>
        <translation>Användaren {name} upplåst.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="13"/>
        <source>Added {customers} demo customers ({rows} rows) to {where} in {seconds} s.</source>
        <translation>Lade till {customers} demokunder ({rows} rader) i {where} på {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="14"/>
        <source>Imported {count} customers from {file} ({encoding}, delimiter {delimiter}).</source>
        <translation>Importerade {count} kunder från {file} ({encoding}, avgränsare {delimiter}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="16"/>
        <source>{path} exists already; choose a new file name.</source>
        <translation>{path} finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="17"/>
        <source>The copy failed its integrity check: {result}</source>
        <translation>Kopian klarade inte integritetskontrollen: {result}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="18"/>
        <source>Backed up {source} to {dest} ({size} bytes, integrity ok).</source>
        <translation>Säkerhetskopierade {source} till {dest} ({size} byte, integriteten i ordning).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="19"/>
        <source>Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation>Loggkedjan är hel: {count} rader. Kvitto: {receipt}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="21"/>
        <source>No password on standard input.</source>
        <translation>Inget lösenord på standardinmatningen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="22"/>
        <source>Repeat the password: </source>
        <translation>Upprepa lösenordet: </translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="23"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="24"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="25"/>
        <source>No users.</source>
        <translation>Inga användare.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="26"/>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: {count} fel; ingenting importerades.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="27"/>
        <source>backup copies the SQLite file only. For PostgreSQL use pg_dump as the database owner, e.g.
{command}
and restore with pg_restore into an empty database (login roles are cluster-wide: back them up with pg_dumpall --roles-only).</source>
        <translation>backup kopierar endast SQLite-filen. För PostgreSQL använd pg_dump som databasens ägare, t.ex.
{command}
och återställ med pg_restore i en tom databas (inloggningsroller gäller hela klustret: säkerhetskopiera dem med pg_dumpall --roles-only).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="28"/>
        <source>Audit log BROKEN: {problem}</source>
        <translation>Loggkedjan BRUTEN: {problem}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="29"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="30"/>
        <source>error: {message}</source>
        <translation>fel: {message}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="31"/>
        <source>error: database {where}: {reason}</source>
        <translation>fel: databasen {where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="32"/>
        <source>Interrupted.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="33"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="34"/>
        <source>permission denied: {permission}</source>
        <translation>behörighet saknas: {permission}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="35"/>
        <source>{count} customers written to {file}</source>
        <translation>{count} kunder skrivna till {file}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="177"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Filen är tom: första raden måste ange kolumnerna.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="178"/>
        <source>Unknown columns: {columns}. The columns are listed in docs/csv-import.md.</source>
        <translation>Okända kolumner: {columns}. Kolumnerna finns i docs/csv-import.md.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="179"/>
        <source>Required columns missing: {columns}.</source>
        <translation>Obligatoriska kolumner saknas: {columns}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="180"/>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Filen är varken UTF-8- eller Windows-1252-text.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="181"/>
        <source>The customer number {number} may contain only letters, digits and hyphens.</source>
        <translation>Kundnumret {number} får bara innehålla bokstäver, siffror och bindestreck.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="182"/>
        <source>The language must be fi, sv or en, not {value}.</source>
        <translation>Språket måste vara fi, sv eller en, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="183"/>
        <source>The country must be a two-letter code such as FI or SE.</source>
        <translation>Landet måste vara en kod på två bokstäver, såsom FI eller SE.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="184"/>
        <source>The e-mail address {value} is not valid.</source>
        <translation>E-postadressen {value} är inte giltig.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="185"/>
        <source>The IBAN {value} is not valid.</source>
        <translation>IBAN {value} är inte giltigt.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="186"/>
        <source>The kind must be person or company, not {value}.</source>
        <translation>Typen måste vara person eller company, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="187"/>
        <source>hetu_temporary must be yes or no.</source>
        <translation>hetu_temporary måste vara yes eller no.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="188"/>
        <source>A person needs last_name.</source>
        <translation>En person behöver last_name.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="189"/>
        <source>A person has a personal identity code, not a Y-tunnus.</source>
        <translation>En person har en personbeteckning, inte ett FO-nummer.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="190"/>
        <source>The file {file} cannot be read: {error}</source>
        <translation>Filen {file} kan inte läsas: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="191"/>
        <source>The line has {found} fields; the header has {expected}.</source>
        <translation>Raden har {found} fält; rubrikraden har {expected}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="193"/>
        <source>Customer number {number} is already in the database.</source>
        <translation>Kundnummer {number} finns redan i databasen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="194"/>
        <source>{column} is longer than {limit} characters.</source>
        <translation>{column} är längre än {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="195"/>
        <source>{column} is missing.</source>
        <translation>{column} saknas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="196"/>
        <source>Customer number {number} is repeated (first on line {first}).</source>
        <translation>Kundnummer {number} upprepas (första gången på rad {first}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="197"/>
        <source>The postcode {postcode} is not five digits.</source>
        <translation>Postnumret {postcode} har inte fem siffror.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="198"/>
        <source>The phone number {value} has too few digits.</source>
        <translation>Telefonnumret {value} har för få siffror.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="199"/>
        <source>A company needs company_name.</source>
        <translation>Ett företag behöver company_name.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="200"/>
        <source>A company has a Y-tunnus, not a personal identity code.</source>
        <translation>Ett företag har ett FO-nummer, inte en personbeteckning.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="201"/>
        <source>The Y-tunnus {value} is not valid.</source>
        <translation>FO-numret {value} är inte giltigt.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="202"/>
        <source>The personal identity code is repeated (first on line {first}).</source>
        <translation>Personbeteckningen upprepas (första gången på rad {first}).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="203"/>
        <source>The personal identity code is already registered to a customer.</source>
        <translation>Personbeteckningen är redan registrerad på en kund.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="204"/>
        <source>The post town {town} does not belong to postcode {postcode}.</source>
        <translation>Postanstalten {town} hör inte till postnummer {postcode}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="205"/>
        <source>Bad personal identity code: {reason}</source>
        <translation>Felaktig personbeteckning: {reason}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="213"/>
        <source>The database already holds too many customers for more demo data.</source>
        <translation>Databasen har redan för många kunder för mer demodata.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="214"/>
        <source>Demo customer numbers would clash with existing customers.</source>
        <translation>Demokundernas nummer skulle krocka med befintliga kunder.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="215"/>
        <source>Demo data clashes with data already in the database ({table}); use an empty database.</source>
        <translation>Demodata krockar med data som redan finns i databasen ({table}); använd en tom databas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="216"/>
        <source>No controller profile is stored; initialise the database first.</source>
        <translation>Ingen profil för den personuppgiftsansvarige är sparad; initiera databasen först.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="217"/>
        <source>The customer has no postal address on record; a letter cannot be sent.</source>
        <translation>Kunden har ingen registrerad postadress; ett brev kan inte skickas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="218"/>
        <source>The request is not matched to a customer yet; no letter can be sent.</source>
        <translation>Begäran är ännu inte kopplad till en kund; inget brev kan skickas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="219"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="237"/>
        <source>Describe what was done: the reply tells the customer.</source>
        <translation>Beskriv vad som gjordes: svaret berättar det för kunden.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="220"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="232"/>
        <source>Request {request_id} does not exist.</source>
        <translation>Begäran {request_id} finns inte.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="221"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="238"/>
        <source>Letter {letter_id} does not exist.</source>
        <translation>Brev {letter_id} finns inte.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="222"/>
        <source>Profile file {file}: field {field} {problem}.</source>
        <translation>Profilfilen {file}: fältet {field} {problem}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="223"/>
        <source>Profile file {file} does not contain a JSON object.</source>
        <translation>Profilfilen {file} innehåller inget JSON-objekt.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="224"/>
        <source>There is no utility profile called {key}; choose one of: {choices}.</source>
        <translation>Det finns ingen bolagsprofil som heter {key}; välj en av: {choices}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="225"/>
        <source>Profile file {file} cannot be read: {error}</source>
        <translation>Profilfilen {file} kan inte läsas: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="226"/>
        <source>Profile file {file} is not valid UTF-8 JSON: {error}</source>
        <translation>Profilfilen {file} är inte giltig UTF-8-JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="227"/>
        <source>Unknown request type.</source>
        <translation>Okänd typ av begäran.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="228"/>
        <source>Unknown channel.</source>
        <translation>Okänd kanal.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="229"/>
        <source>The received date cannot be in the future.</source>
        <translation>Mottagningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="230"/>
        <source>Unknown identity check method.</source>
        <translation>Okänt sätt att kontrollera identiteten.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="231"/>
        <source>The posting date cannot be in the future.</source>
        <translation>Postningsdatumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="233"/>
        <source>The request is closed.</source>
        <translation>Begäran är stängd.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="236"/>
        <source>Match the request to a customer before checking the identity.</source>
        <translation>Koppla begäran till en kund innan identiteten kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="239"/>
        <source>No printed letter of this request is waiting for posting.</source>
        <translation>Inget utskrivet brev för denna begäran väntar på att postas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="240"/>
        <source>{username} is not an active agent or supervisor.</source>
        <translation>{username} är inte en aktiv kundtjänstmedarbetare eller chef.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="241"/>
        <source>The request is already assigned to {username}.</source>
        <translation>Begäran handläggs redan av {username}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="242"/>
        <source>No customer has this identity code.</source>
        <translation>Ingen kund har den här personbeteckningen.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="243"/>
        <source>This database is already initialised (profile {profile}); nothing was changed.</source>
        <translation>Databasen är redan initierad (profil {profile}); ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="245"/>
        <source>The database was initialised, but the administrator could not be created ({reason}). Create one with: palvelutiski-admin create-user NAME --role admin</source>
        <translation>Databasen initierades, men huvudanvändaren kunde inte skapas ({reason}). Skapa en med: palvelutiski-admin create-user NAMN --role admin</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="246"/>
        <source>The demo database is a SQLite file.</source>
        <translation>Demodatabasen är en SQLite-fil.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="250"/>
        <source>A username has 3–63 characters: lowercase letters a–z, digits, . - and _, starting with a letter (not pg_ or desk_).</source>
        <translation>Ett användarnamn har 3–63 tecken: små bokstäver a–z, siffror samt . - och _, och börjar med en bokstav (inte pg_ eller desk_).</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="251"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Lösenordet måste ha minst {n} tecken.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="252"/>
        <source>The password must not be the username.</source>
        <translation>Lösenordet får inte vara användarnamnet.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="253"/>
        <source>There is no user {username}.</source>
        <translation>Det finns ingen användare {username}.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="244"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="254"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="255"/>
        <source>The username {username} is already taken.</source>
        <translation>Användarnamnet {username} är redan upptaget.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="256"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="257"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="258"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="259"/>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="260"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="261"/>
        <source>Data-subject request</source>
        <translation>Dataskyddsbegäran</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="262"/>
        <source>Correction of data</source>
        <translation>Rättelse av uppgifter</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="263"/>
        <source>Contract</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="264"/>
        <source>Customer&apos;s notice</source>
        <translation>Kundens anmälan</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="266"/>
        <source>Data service company</source>
        <translation>Informationstjänstföretag</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="267"/>
        <source>Previous system</source>
        <translation>Tidigare system</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="268"/>
        <source>Grid connection</source>
        <translation>Elnätsanslutning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="269"/>
        <source>Electricity transmission</source>
        <translation>Elöverföring</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="270"/>
        <source>Electricity sales</source>
        <translation>Elförsäljning</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="271"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="277"/>
        <source>District heating</source>
        <translation>Fjärrvärme</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="272"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="278"/>
        <source>Water</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="273"/>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="279"/>
        <source>Natural gas</source>
        <translation>Naturgas</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="274"/>
        <source>Broadband</source>
        <translation>Bredband</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="275"/>
        <source>TV</source>
        <translation>TV</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="276"/>
        <source>Electricity</source>
        <translation>El</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="280"/>
        <source>Incoming</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="281"/>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="282"/>
        <source>The database has not been initialised: the identity-code key is missing.</source>
        <translation>Databasen har inte initierats: nyckeln för personbeteckningar saknas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="283"/>
        <source>State the reason for showing the full personal identity code.</source>
        <translation>Ange orsaken till att hela personbeteckningen visas.</translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmpl_yge4qz/marked_strings.py" line="284"/>
        <source>No personal identity code is recorded for this customer.</source>
        <translation>Ingen personbeteckning är registrerad för den här kunden.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../desktop/views/printing.py" line="107"/>
        <source>Printed by: {0}</source>
        <translation>Utskrivet av: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="108"/>
        <source>Printed at: {0}</source>
        <translation>Utskrivet: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="109"/>
        <source>Letters: {0}, pages: {1}</source>
        <translation>Brev: {0}, sidor: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="119"/>
        <source>{0}. {1}  {2}  ({3} p.)</source>
        <translation>{0}. {1}  {2}  ({3} s.)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="135"/>
        <source>The stored letter {0} cannot be read.</source>
        <translation>Det sparade brevet {0} kan inte läsas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="139"/>
        <source>The printer “{0}” is not available.</source>
        <translation>Skrivaren ”{0}” är inte tillgänglig.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="155"/>
        <source>The printer “{0}” reported an error.</source>
        <translation>Skrivaren ”{0}” rapporterade ett fel.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/printing.py" line="184"/>
        <source>Printing failed: {0}</source>
        <translation>Utskriften misslyckades: {0}</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="26"/>
        <source>Print letter</source>
        <translation>Skriv ut brevet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="39"/>
        <source>Access (inspection) request</source>
        <translation>Begäran om tillgång (granskning)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="40"/>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="41"/>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="42"/>
        <source>Objection / prohibition</source>
        <translation>Invändning / förbud</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="43"/>
        <source>Restriction of processing</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="49"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="50"/>
        <source>At the desk</source>
        <translation>Vid disken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="51"/>
        <source>E-mail with a signed attachment</source>
        <translation>E-post med undertecknad bilaga</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="57"/>
        <source>Signature compared with the contract</source>
        <translation>Underskriften jämförd med avtalet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="58"/>
        <source>Photo ID seen at the desk (no copy kept)</source>
        <translation>Fotolegitimation visad vid disken (ingen kopia sparas)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="59"/>
        <source>Matches the address on record</source>
        <translation>Stämmer med den registrerade adressen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="65"/>
        <source>Access reply</source>
        <translation>Svar på begäran om tillgång</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="66"/>
        <source>Acknowledgement of receipt</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="67"/>
        <source>Identity clarification</source>
        <translation>Utredning av identiteten</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="68"/>
        <source>Extension notice</source>
        <translation>Meddelande om förlängd tidsfrist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="69"/>
        <source>Refusal</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="70"/>
        <source>Prohibition confirmation</source>
        <translation>Bekräftelse av förbud</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="71"/>
        <source>Rectification reply</source>
        <translation>Svar på begäran om rättelse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="72"/>
        <source>Erasure reply</source>
        <translation>Svar på begäran om radering</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="73"/>
        <source>Objection reply</source>
        <translation>Svar på förbud eller invändning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="74"/>
        <source>Restriction reply</source>
        <translation>Svar på begäran om begränsning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/common.py" line="83"/>
        <source>Cannot do that</source>
        <translation>Det går inte</translation>
    </message>
</context>
</TS>
