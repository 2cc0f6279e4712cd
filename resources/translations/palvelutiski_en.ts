<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditCountsModel</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditItemsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Write dates as d.m.yyyy, e.g. 1.3.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n row shown.</numerusform>
            <numerusform>%n rows shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who opened a customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>about {0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the first letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (part {1} of {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing letter {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the letters already in the printer are finished first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n letter(s) printed and recorded;</source>
        <translation>
            <numerusform>Stopped: %n letter printed and recorded;</numerusform>
            <numerusform>Stopped: %n letters printed and recorded;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) still waiting to be printed.</source>
        <translation>
            <numerusform>%n letter still waiting to be printed.</numerusform>
            <numerusform>%n letters still waiting to be printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) before it were printed and recorded.</source>
        <translation>
            <numerusform>%n letter before it were printed and recorded.</numerusform>
            <numerusform>%n letters before it were printed and recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallCustomerDialog</name>
    <message>
        <source>Another customer during the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call with {caller} is going on. You are opening {customer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Same caller (e.g. a family member): link {customer} to this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  A new call: end the call with {caller} (its notes are saved) and start one with {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Not for this call: choose why {customer} is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>A call is already going on: {whose}. End it with F8 before starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long to store: shorten them to {0} characters, then end the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call. Press F2 when a call begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {ref} started {when} by {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to the customer ({language}, script version {version}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: caller not identified yet (the first customer you open is the caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: {name}, {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also about: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is destroyed by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer objected: recording stopped at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice given and accepted: the call is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice given – accepted (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objected – stop recording (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End call (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call notes (Ctrl+Shift+N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording notice given, customer accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer objected to recording: stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call (with the notes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardFlow</name>
    <message>
        <source>the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact data of {0} has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them, discard them, or cancel to go on editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CardRequestLinks</name>
    <message>
        <source>New written request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a letter from this customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter shows the letter and lets you print it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {0} registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {0} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed again; the reprint is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardRights</name>
    <message>
        <source>Processing restricted. The card shows the banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure was carried out; the card shows what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was recorded for request {0}; its reply prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the restriction lifted? Tell the customer before lifting it (GDPR Art. 18(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction was lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosure was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18). Why is the data changed? E.g. the customer&apos;s request and its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing ({0}), erasure plan ({1}), objection ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide an objection …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the privacy notice …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register description (GDPR Art. 13/14) in the customer&apos;s language: preview and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict processing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 18: only storage while it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure plan …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <source>Postal addresses (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
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
        <source>Usage sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metering point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objected, stopped {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, destroyed on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, on the phone system&apos;s destruction list since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures to other recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has looked at this customer (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the customer (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} set a new password for you on {moment}. Choose a password of your own before you continue: nobody else should know it. If you did not ask for this, tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters, not your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimBar</name>
    <message>
        <source>Take it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on this request yourself: everyone sees that you handle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are handling this request (last activity {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is handling this request (last activity {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released automatically on {0}: {1} had not worked on it since {2}. Nobody is handling it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is handling this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsWidget</name>
    <message>
        <source>No direct marketing of any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibit or lift the selected purpose and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed (ASML ended {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the prohibition entry just recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record for {customer}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for {customer}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A mistake? Undo within %n minute(s) ({0}).</source>
        <translation>
            <numerusform>A mistake? Undo within %n minute ({0}).</numerusform>
            <numerusform>A mistake? Undo within %n minutes ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The entry was undone for {customer}; the correction is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(correction of a mistaken entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASML valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the entry ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Changes saved now are part of rectification request {0}: its reply lists them, old and new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is restricted: give the reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the change is recorded for request {0} and its reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input is kept in the form. The card now shows the other user&apos;s changes; check them and save again if yours should replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c/&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;reet address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postco&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 040 123 4567; +358 9 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact data (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAccessesView</name>
    <message>
        <source>Enter a customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}, customer {number}: %n audited action(s).</source>
        <translation>
            <numerusform>{name}, customer {number}: %n audited action.</numerusform>
            <numerusform>{name}, customer {number}: %n audited actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show acc&amp;esses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited actions on the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call (F8) before closing the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the section: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer in the search on the left: a name in any order, customer number, street, phone, e-mail, metering point, business ID or a full identity code. Enter opens the customer chosen in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;F2&lt;/b&gt; starts a call: the recording notice to read appears above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+N&lt;/b&gt; registers a written request that came by post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Alt+0&lt;/b&gt; shows today&apos;s work; &lt;b&gt;F1&lt;/b&gt; lists every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no. {number} · Language: {language} · Opened for: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full code …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full personal identity code (reason asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMatcher</name>
    <message>
        <source>Match to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, customer no., address …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match to the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure of {0}&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was handed over outside the desk. The customer&apos;s access reply lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is restricted: only a legal claim (collection of an unpaid invoice) may be disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recipient and what data was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresSection</name>
    <message>
        <source>Record a disclosure …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasurePlanDialog</name>
    <message>
        <source>Erasure plan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the plan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out the erasure …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure was carried out for request {0}. The reply lists what was erased and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been erased. The customer has no open erasure request: register the letter first (Ctrl+N). This is what an erasure would do today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been erased. Request {0}: check the requester&apos;s identity first. This is what the erasure would do today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been erased yet. Request {0}: this is what the erasure will do. A supervisor carries it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs to be kept: the customer is anonymised once the reply is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the data must be kept for the reasons shown; it is erased when they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell these recipients of disclosures about the erasure (GDPR Art. 19): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure was already carried out for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the data marked “Delete” now, for request {0}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish-speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish-speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English-speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the requests waiting for the requester to confirm their identity (clarification letter sent, clock paused). Those unconfirmed after the setting requests.abandoned_after_days (60 days unless set) are closed, with the reason in their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views: filters you named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HetuReveal</name>
    <message>
        <source>Shown for {seconds} seconds, then masked again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity clarification asked (clock paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken for handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: released automatically, no activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New written request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, customer no., address …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive or scan number of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the customer ask for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scanned document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesSection</name>
    <message numerus="yes">
        <source>Invoices: %n unpaid, {amount} in total</source>
        <translation>
            <numerusform>Invoices: %n unpaid, {amount} in total</numerusform>
            <numerusform>Invoices: %n unpaid, {amount} in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices: nothing unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest {shown} of %n invoices are shown.</source>
        <translation>
            <numerusform>The newest {shown} of %n invoices are shown.</numerusform>
            <numerusform>The newest {shown} of %n invoices are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in the last 12 months: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In collection: {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing system updated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Print preview – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>The desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {who}. Type your password to continue; unsaved work is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Preparing the demo database… The first start creates it, which takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: your password was not changed. Sign in again to choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palvelutiski database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s password keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, server certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted (allowed by the site configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{servers} / {database}
{security}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palvelutiski – sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service desk – sign in with your personal user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file on this computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Palvelutiski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Palvelutiski {version}&lt;/b&gt; — the customer service desk of the utility&apos;s customer register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite database file offers no protection against anyone who can copy it: whoever has the file can read every customer and every personal identity code in it. On a SQLite workstation, masking and roles are enforced by this application only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk uses the shared PostgreSQL database with your personal database login: the database server itself keeps full identity codes from roles that may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New written &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Palvelutiski</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most {0} characters fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note (kept on the customer, part of an access reply):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Preparing the register description …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: the utility profile lacks {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register description was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Decide the objection of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an objection to direct marketing record the prohibition instead (Ctrl+Shift+M): it is absolute. Any other processing stops unless there are compelling legitimate grounds that override the customer&apos;s interests, or legal claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uphold: the processing stops for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject: compelling legitimate grounds or legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processing objected to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld, it &amp;stops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons (printed in the reply):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the processing and write the reasons: the reply tells them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>&amp;1  Call – the customer is on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  Letter – answering or sending post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Request – a data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  Correction – fixing the customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you opening this customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {0}. The reason is written to the access log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refuse request {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is printed in the refusal letter: the requester reads it, with their right to complain to the Data Protection Ombudsman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the refusal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
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
        <source>Show report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period and press Show report. Counts only: no customer is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {0}, replies posted {1}, on time {2}, median {3} and 90th percentile {4} days to reply; extended {5}, paused {6}, refused {7}; open at the end {8}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report {0}–{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Record identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs clarification (letter, pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (hold, extension, refusal, withdrawal, clarification) or, at sign-off, what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off and generate reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend deadline (letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request in the list: its details and actions are shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1} – {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {0} by {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. Posted on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) OVERDUE</source>
        <translation>
            <numerusform>%n day OVERDUE</numerusform>
            <numerusform>%n days OVERDUE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Received {0}, reply due {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused since {0} (identity clarification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused %n day(s) so far.</source>
        <translation>
            <numerusform>Paused %n day so far.</numerusform>
            <numerusform>Paused %n days so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handled by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open for this customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: {0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address before printing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {0} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed. Put the letter in a window envelope and mark it posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all waiting letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting letters of the requests chosen in the queue (Ctrl+click or Shift+click to choose several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or supervisor to hand the chosen request to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>. %n idle claim(s) released automatically</source>
        <translation>
            <numerusform>. %n idle claim released automatically</numerusform>
            <numerusform>. %n idle claims released automatically</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request in the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handler changed to {0}: %n request(s).</source>
        <translation>
            <numerusform>Handler changed to {0}: %n request.</numerusform>
            <numerusform>Handler changed to {0}: %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be reassigned: {0}</source>
        <translation>
            <numerusform>%n could not be reassigned: {0}</numerusform>
            <numerusform>%n could not be reassigned: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is now handled by {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters are waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Printing %n letter…</numerusform>
            <numerusform>Printing %n letters…</numerusform>
        </translation>
    </message>
    <message>
        <source>Palvelutiski letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n letter printed.</numerusform>
            <numerusform>%n letters printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Restrict processing of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the restriction holds the data is only stored: the customer is left out of marketing exports and disclosures, every edit needs a reason, and letters say so. A supervisor lifts it after telling the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (e.g. the customer disputes the accuracy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestrictionBanner</name>
    <message>
        <source>Lift the restriction …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted (GDPR Art. 18) – ends: {end}. Reason: {reason}. Recorded {when} by {who}. Only storage: no marketing, no disclosures, edits need a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection upheld (GDPR Art. 21(1)) – stopped: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due under the retention rules on {0}. Nothing is destroyed here: the nightly run does it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) on the phone system&apos;s destruction list since {0} await its confirmation (palvelutiski-admin recordings list / confirm).</source>
        <translation>
            <numerusform>%n recording on the phone system&apos;s destruction list since {0} await its confirmation (palvelutiski-admin recordings list / confirm).</numerusform>
            <numerusform>%n recordings on the phone system&apos;s destruction list since {0} await its confirmation (palvelutiski-admin recordings list / confirm).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reason (utility profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register description …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy notice (GDPR Art. 13/14) of the utility profile: preview and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the retention preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly run: palvelutiski-admin retention --apply (cron or Windows Task Scheduler, see docs/retention.md). Each batch is one transaction; a stopped run carries on the next night.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealHetuDialog</name>
    <message>
        <source>Show the full personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reason. It is stored in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason of at least a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsDialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleCountsModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePages</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Name, customer no., address, phone, e-mail, metering point, business ID or identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the result list (also from the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {0} matches – type more to narrow the search …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metering point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or F1 closes this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Username</source>
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
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s)</source>
        <translation>
            <numerusform>%n failed sign-in</numerusform>
            <numerusform>%n failed sign-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Has never signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Paused (identity being clarified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity-code searches suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: overdue and due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My recent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers I opened recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who may need help signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and sign-ins today by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable events today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users&apos; identity-code searches found nobody too often and are refused until released. Ask them what happened before you release them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 5 working days</source>
        <translation>
            <numerusform>%n due within 5 working days</numerusform>
            <numerusform>%n due within 5 working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the queue is overdue or due within 5 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assigned to you</source>
        <translation>
            <numerusform>%n assigned to you</numerusform>
            <numerusform>%n assigned to you</numerusform>
        </translation>
    </message>
    <message>
        <source>No open requests are assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No calls in the last %n day(s).</source>
        <translation>
            <numerusform>No calls in the last day.</numerusform>
            <numerusform>No calls in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not opened a customer in the last %n day(s).</source>
        <translation>
            <numerusform>You have not opened a customer in the last day.</numerusform>
            <numerusform>You have not opened a customer in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked out</source>
        <translation>
            <numerusform>%n locked out</numerusform>
            <numerusform>%n locked out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never signed in</source>
        <translation>
            <numerusform>%n never signed in</numerusform>
            <numerusform>%n never signed in</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user can sign in: nobody is locked out or waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notable events today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written today.</source>
        <translation>
            <numerusform>%n row written today.</numerusform>
            <numerusform>%n rows written today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s rows link to each other, but see the warning above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s part of the audit chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at row {id}: check the whole chain on the Audit log page (Chain check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh today&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing to search for a customer (or press F3). Enter or a double-click opens the chosen row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 reads the page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease the chosen user&apos;s searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not answer. Your input is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendedLookupsModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches that found nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {username} created ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {username}? They can no longer sign in; their audit history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
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
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. aino.virtanen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;t password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for {username}, who must choose a new one at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyChainView</name>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n row(s), head hash {hash}.</source>
        <translation>
            <numerusform>The audit chain is intact: %n row, head hash {hash}.</numerusform>
            <numerusform>The audit chain is intact: %n rows, head hash {hash}.</numerusform>
        </translation>
    </message>
    <message>
        <source>It matches the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its receipt was kept on this workstation; print or save it to keep a copy elsewhere too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down or print the receipt below and check against it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is NOT intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet apart from the computer. A later verification against this receipt shows whether rows were removed or rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Enter the receipt from the previous verification to also catch rows removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows:hash (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying reads the whole audit log and checks every row&apos;s hash. Each verification that passes keeps a receipt on this workstation, and the next one checks against it, so rows removed from the end are caught. A receipt typed here is checked instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The action could not be completed because of an error in Palvelutiski. The details are in the log file: tell the helpdesk if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong inside Palvelutiski. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palvelutiski ran into an error it did not expect. Your saved work is safe; the action you were doing may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell the helpdesk. The log file is {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>palvelutiski</name>
    <message>
        <source>A line of the address is longer than 30 characters and was wrapped; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or address holds invisible or control characters; they were left out of the envelope. Check the name and address on the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no recipient name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no street or PO box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no post town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Finnish postcode has five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is working on this request. Ask them, or a supervisor, to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You prepared this reply, so another supervisor must sign it off (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You prepared this request, so another supervisor must decide the refusal (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {value} may contain only digits, spaces, hyphens and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {value} is not a Finnish number (0… or +358…) of the right length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address {value} is not valid (e.g. maija.meikalainen@example.fi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be Finnish, Swedish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same phone number is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same e-mail address is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the street address (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The c/o line holds invisible or control characters: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country is a two-letter code, e.g. FI or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Finnish postcode has exactly 5 digits, e.g. 94450.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post town {value} must be letters only, e.g. Keminmaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The c/o line has at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street address holds invisible or control characters: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code {value} is not known: letters could not be addressed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postcode (at most 10 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public holiday or an eve the offices are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month counted from the next day ends {day} (EU Regulation 1182/71, Art. 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused for identity clarification, {days} day(s) so far, still paused: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused for identity clarification, {days} day(s): {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by {months} month(s) (GDPR Art. 12(3)): {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is {why}: the deadline moves to the next working day (Act 150/1930, §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline has already been extended once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline can be extended by one or two months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs a reason; it is sent to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension cannot be decided before the request was received ({received}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline can only be extended before it has passed (due {due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier postal addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls, recordings and call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing prohibitions and consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts, usage sites and consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data requests and their letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid invoice or debt collection (legal claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting Act 1336/1997 2:10 — vouchers 6 years after the year ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability (GDPR Art. 5(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail, never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until the reply is posted, then erased by the nightly run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal identity code has 11 characters, e.g. 131052-308T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 7th character of a personal identity code must be one of + - A–F U–Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the personal identity code is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual numbers 900–999 are temporary codes; mark the code as temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal identity code is not in the form DDMMYYCZZZQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the personal identity code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal identity code has an impossible birth date or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} fit. Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genealogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic marketing (consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVV (Population Information System)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASML telephone restriction service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibition lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prohibition from this source to lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown purpose: {purpose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown decision: {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity end date is before the date of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prohibition is registered at DVV; the customer lifts it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an ASML telephone restriction; the customer cancels it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer or DVV can prohibit all direct marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic marketing is given or withdrawn as a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic-marketing consent applies to e-mail and SMS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer can give or withdraw a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purpose other than electronic marketing is prohibited or lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ASML restriction service covers telephone marketing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ASML telephone restriction needs its validity end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an ASML telephone restriction has a validity end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no letters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is already matched to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity has been checked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request cannot move from “{source}” to “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not move a request to “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may sign off or refuse a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the controller&apos;s business ID (Y-tunnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal basis of each purpose (GDPR Art. 13(1)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention periods per category of data (Art. 13(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter contents (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed data requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose contracts ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names kept to post an erasure reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail (never deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection of an unpaid invoice (legitimate interest, legal claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the customer&apos;s request for a specific purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontractor managing the customer relationship (contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct marketing (register description, no prohibition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing register and partner exports: the customer is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures: only for legal claims and statutory duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other processing: stopped by hand as the decision says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity codes are searched only whole (all 11 characters, e.g. 131052-308T); parts of a code are never searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains invisible control or text-direction characters (for example pasted from a terminal or a web page). Remove them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters, now {length}. Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s audit trail read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity code search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity code revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity code search refused (searches suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity code searches suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity code searches released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity code, consents or invoices erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain sealed in a new format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent or prohibition recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer linked to a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistaken prohibition or consent entry corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer note written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: a batch destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording destruction list handed to the phone system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone system confirmed recordings destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request taken for handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request handling released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail no longer extends the receipt taken on {date} ({receipt}): rows were removed or rewritten after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (Finnish time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt book {path} cannot be read. Keep a copy of it, then check the audit chain against your printed or saved receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row {id} has been altered: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken before row {id}: a row has been deleted or replaced there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log has been rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is not in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked. Try again in {minutes} min or ask the administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at {path}. Check the path, and that the drive it is on is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation names no recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone system cannot have destroyed recordings in the future: check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so nothing was written. Create it or choose another folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough space on the disk of {folder}: the copy needs about {needed} MB and {free} MB is free. Nothing was written; free some space or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump failed: {reason} Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tool} is not installed on this computer. Install the PostgreSQL client programs of the server&apos;s version or newer (Debian and Ubuntu: apt-get install postgresql-client; Windows: the Command Line Tools of the PostgreSQL installer), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to {folder} ({reason}). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {name} exists already. Restore only into a new database: choose another name, or have the old one dropped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These roles must exist on the server before the restore: {roles}. Create them (pg_dumpall --roles-only on the old server gives them), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore failed: {reason} The new database was removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of {folder} became full during the copy. Nothing was written; free some space or choose another disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s certificate is not made out to {host}, so the connection was refused: it could be another computer posing as the server. Ask IT to check the server name in the site configuration and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {host} showed a certificate that the site&apos;s certificate authority did not sign, so the connection was refused. Ask IT to check the CA file (sslrootcert) in the site configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CA certificate on this computer to check the database server {host} with, so the connection was refused. Ask IT for the site configuration and its CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {host} does not offer an encrypted connection, which this workstation requires. Ask IT to turn on TLS on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to the database server {host} failed. Ask IT to check the server&apos;s certificate and the site configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has been updated for a newer version of Palvelutiski. Update Palvelutiski on this computer (ask IT), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is from an older version of Palvelutiski and must be updated first. Ask the administrator to run &apos;palvelutiski-admin migrate&apos;; the desk never does it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server {host} would not be encrypted, and the site configuration does not allow that. Ask IT to set sslmode = verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you recorded within the undo time ({minutes} min) is left to undo. Record the correct decision instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} contains invisible control or text-direction characters; remove them from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The letter was not made: {problem} Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the upheld objection stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the processing the customer objects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reasons for the decision: the reply tells them to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no objection request being prepared: register the letter and check the identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language: {language}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection report {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time per month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from receipt to the posted reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile of days to reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests paused for identity clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-recording objections %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {day} {time} by {name}. Counts only: no customer is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibitions and consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity codes revealed per user are in the data protection officer&apos;s report (the audit log is theirs to read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity codes revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most {count} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s objection was upheld (GDPR Art. 21(1)): their data are no longer disclosed on this basis. Only legal claims (collection of an unpaid invoice) and statutory duties remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity-code searches are suspended for your user name after too many searches that found nobody. Ask a supervisor to release them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server {host} cannot be reached. Check the network connection, or ask IT whether the server is running; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {name} set. They must choose a new one at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers written to {file}; a disclosure to {recipient} recorded for each. Left out: {prohibited} prohibited or without consent, {restricted} restricted, {objected} by an upheld objection, {unreachable} without an address or contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recordings recorded as destroyed on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recordings to destroy written to {file}: hand it to the phone system, then record its confirmation with: recordings confirm FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} references were not on the destruction list (or were confirmed already) and were left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recordings on the phone system&apos;s destruction list since {day} await its confirmation (recordings list / confirm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: {count} items destroyed in finished batches are kept; the next run carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection, or ask IT whether the server is running; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague changed this customer&apos;s data a moment ago, so your changes were not saved. The card has been reloaded with their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague ({actor}) signed this request off a moment ago — it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague ({actor}) reassigned this request to {username} a moment ago — it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague ({actor}) changed this request a moment ago — it has been reloaded. Check it and try again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who opened the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision}: {purpose}, {channel} (source: {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {source} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direct marketing of any kind: {events} entries (source: {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: customer identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistaken entries taken back: {events}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {call}, {direction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {call}; recording notice given: {notice}; customer objected: {objected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to call {call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note of {length} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {type}, received as {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: from {source} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {type}, pages: {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {letter} ({reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {letter} posted on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username}, role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list: {purpose}, {channel}, rows: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {file}: {customers} customers ({encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {profile}, administrator {admin}, database {dialect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customers} demo customers (seed {seed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posti/DVV update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not an initialised Palvelutiski database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database {name} on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no controller profile; run palvelutiski-admin init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is inbound or outbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {call_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is already attached to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has objected; the recording was stopped and stays stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice has already been marked as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call given as evidence is not a call with this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager), so the password cannot be remembered safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {customer_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the card is opened: call, letter, request or correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode {value} belongs to {town}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo customers must be between 1 and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not initialised: run palvelutiski-admin init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {name}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file at {path}; create one with palvelutiski-admin init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialised {where} with profile {profile} (schema {schema}); administrator {admin} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema of {where}: {before} -&gt; {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {name} ({role}) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {name} deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {name} unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {customers} demo customers ({rows} rows) to {where} in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} customers from {file} ({encoding}, delimiter {delimiter}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed its integrity check: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values encrypted now (identity codes, bank accounts, keys): {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log BROKEN: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: database {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: {permission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {database} in {seconds} s. Audit log intact: {count} rows. Receipt: {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {dest} with pg_dump ({size} bytes, {seconds} s). These roles must exist on the server you restore to (listed in {roles_file}): {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {dest} ({size} bytes, {seconds} s, integrity ok).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {database}, but its audit log is BROKEN: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key of the database&apos;s encryption key, shown only now:

    {key}

Print it or write it down and keep it locked away from this computer. With it, palvelutiski-admin rekey --ask-recovery-key restores access to the identity codes and bank accounts on another computer or user account; without it and without this user&apos;s keyring they cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database now has a new encryption key in your keyring; the old recovery key no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the recovery key: use --recovery-key-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: a PostgreSQL database keeps these values from desk logins itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice written to {file} ({pages} pages, {language}{draft}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile lacks: {gaps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written: complete the profile, or write a draft with --draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report {first}–{last} written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due under the retention rules on {day} (nothing is changed; --apply carries it out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention carried out: {total} items destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs more than five lines and does not fit the envelope window. Shorten it on the customer&apos;s card (for example the c/o line or a long name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code of the address is not known, so the envelope cannot name the country. Correct the country on the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown columns: {columns}. The columns are listed in docs/csv-import.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required columns missing: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number {number} may contain only letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be fi, sv or en, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as FI or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind must be person or company, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hetu_temporary must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs last_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person has a personal identity code, not a Y-tunnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has {found} fields; the header has {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number {number} is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number {number} is repeated (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode {postcode} is not five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {value} has too few digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company needs company_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company has a Y-tunnus, not a personal identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Y-tunnus {value} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal identity code is repeated (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal identity code is already registered to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post town {town} does not belong to postcode {postcode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad personal identity code: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18): write why the data is changed, e.g. the customer&apos;s request and its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds too many customers for more demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo customer numbers would clash with existing customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data clashes with data already in the database ({table}); use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no open erasure request: register the letter first (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the requester&apos;s identity before carrying out the erasure of {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s data changed after the plan was shown: read the new plan and carry it out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No controller profile is stored; initialise the database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no postal address on record; a letter cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not matched to a customer yet; no letter can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what was done: the reply tells the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {request_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {letter_id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of letter {reference} was destroyed under the retention rules on {day}; its checksum, type and posting day are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the recipient of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of your own: the new password must differ from the one that was set for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile file {file}: field {field} {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile file {file} does not contain a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no utility profile called {key}; choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile file {file} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile file {file} is not valid UTF-8 JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already working on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is working on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity check method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posting date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the request to a customer before checking the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printed letter of this request is waiting for posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} is not an active agent or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is already assigned to {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the restriction (e.g. the customer disputes the accuracy of the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction cannot end before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the restriction is lifted (the customer has been told beforehand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who received the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what data was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the legal basis of the disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disclosure is recorded after it happened: the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this customer is already restricted; lift that restriction first to record another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this customer is not restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this customer is restricted (GDPR Art. 18): the data may not be disclosed on this basis. Only a legal claim (collection of an unpaid invoice) is allowed while the restriction holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility profile of this database has no complete retention rules: run palvelutiski-admin migrate with the current program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already initialised (profile {profile}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was initialised, but the administrator could not be created ({reason}). Create one with: palvelutiski-admin create-user NAME --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the site configuration {path}, allow_plaintext must be yes or no. Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site configuration {path} must name the server (host) and the database (name) in its [database] section. Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the site configuration {path}, port must be a number, or one number per host. Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the site configuration {path}, sslmode must be one of {choices}. Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site configuration {path} has sslmode {mode}, which would send passwords and customer data unencrypted to another computer. Ask IT to use verify-full (or to set allow_plaintext = yes, if the network is protected otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the site configuration {path}, language must be fi, sv or en. Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the site configuration {path}, idle_lock_minutes must be a whole number from 1 to 480. Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site configuration {path} does not exist. Ask IT to correct the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site configuration {path} cannot be read ({reason}). Ask IT to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username has 3–63 characters: lowercase letters a–z, digits, . - and _, starting with a letter (not pg_ or desk_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username {username} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data service company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, postal address and phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, postal address and e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key of the database {path}, so its identity codes and bank accounts cannot be read. The administrator can restore access with the recovery key: palvelutiski-admin --db {path} rekey --ask-recovery-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet or the Windows Credential Manager) to keep the database&apos;s encryption key in. Enable one, or use PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this database. Check it against the printed copy (8 groups of 4 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation is saving to the database right now, so nothing was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost, so the last action was not saved. Your input is kept; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague changed the same data a moment ago, so nothing was saved. Look at the current data and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague saved the same entry a moment ago, so nothing was saved. Look at the current data and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this refers to was removed a moment ago, so nothing was saved. Reload the view and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains characters that cannot be stored (such as invisible control characters from pasted text), so nothing was saved. Remove them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not allow your role to do this, so nothing was saved. Ask the administrator if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk of {path} (or ask IT to), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full: nothing was saved. Tell IT; try again when space has been freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved: ask IT to check the file&apos;s permissions ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database accepts no changes at the moment (it is read-only), so nothing was saved. Ask IT whether the database server is being maintained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be used. Ask IT to restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} cannot be read or written (a disk or network drive problem). Ask IT to check it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has not been initialised: the identity-code key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reason for showing the full personal identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal identity code is recorded for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Printed by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters: {0}, pages: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1}  {2}  ({3} p.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored letter {0} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “{0}” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “{0}” reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access (inspection) request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection / prohibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail with a signed attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature compared with the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ID seen at the desk (no copy kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the address on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibition confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
