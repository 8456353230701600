<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityLog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Jobbers Back Office: activity log, %n call(s), exported %1</source>
        <translation>
            <numerusform>Jobbers Back Office: activity log, %n call, exported %1</numerusform>
            <numerusform>Jobbers Back Office: activity log, %n calls, exported %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogView</name>
    <message numerus="yes">
        <source>The last %n API call(s) of this session, for a support ticket. No password, key secret, token, query string or message content is ever kept here.</source>
        <translation>
            <numerusform>The last %n API call of this session, for a support ticket. No password, key secret, token, query string or message content is ever kept here.</numerusform>
            <numerusform>The last %n API calls of this session, for a support ticket. No password, key secret, token, query string or message content is ever kept here.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path, method, status or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the failed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected calls, or every call shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calls shown to a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 of %n call shown</numerusform>
            <numerusform>%1 of %n calls shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected call(s) copied.</source>
        <translation>
            <numerusform>%n selected call copied.</numerusform>
            <numerusform>%n selected calls copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) copied.</source>
        <translation>
            <numerusform>%n call copied.</numerusform>
            <numerusform>%n calls copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n call exported to %1.</numerusform>
            <numerusform>%n calls exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each message webhook receives a POST for every new message of the enterprise&apos;s conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each box webhook is told of the boxes&apos; events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed for this computer (localhost); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access_token in the token answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has expired and signing in again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached; check the network connection and the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key or secret was refused, or the session has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: this belongs to another enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to process the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not implement this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiFieldText</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <source>This file is not on the API&apos;s server (%1): it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Files to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStripChip</name>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>no enterprise id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of groups is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key or the secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutologinPolicy</name>
    <message>
        <source>The login link is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login link carries a user name or password; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login link is not secure (https); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login link points to %1, not to the API&apos;s server %2; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxLocationUid</name>
    <message>
        <source>Enter the box location&apos;s UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box location UID is a UUID of 32 hexadecimal digits in groups of 8-4-4-4-12, such as 2f3cb5c8-7b95-468d-9bb1-715ba9c44d93.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nil UUID (all zeros) names no box location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxTagBatchModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is also on row(s) %1 of the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxTagImport</name>
    <message>
        <source>A quoted cell is never closed (a &quot; is missing): nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag to add: no line with a code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxTagsPanel</name>
    <message>
        <source>New tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a batch: type in the table, paste cells from a spreadsheet (Ctrl+V) or import a CSV file (code, description, technology type). The server creates the whole batch or none of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs to create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty row to the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste spreadsheet cells from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tags of a CSV file to the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows from the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear create&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rows already created from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the batch to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or disconnect tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;odes (one per line, or separated by commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes of the tags to delete or disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the codes of the rows selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete the tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tags of these codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect the tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the tags of these codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pasted.</source>
        <translation>
            <numerusform>%n row pasted.</numerusform>
            <numerusform>%n rows pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending a batch of %n tag(s)…</source>
        <translation>
            <numerusform>Sending a batch of %n tag…</numerusform>
            <numerusform>Sending a batch of %n tags…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; sending the same batch again to find out whether it was created (attempt %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of these %n code(s) is a tag any more (an earlier attempt whose answer was lost may have deleted them).</source>
        <translation>
            <numerusform>None of these %n code is a tag any more (an earlier attempt whose answer was lost may have deleted them).</numerusform>
            <numerusform>None of these %n codes is a tag any more (an earlier attempt whose answer was lost may have deleted them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) deleted.</source>
        <translation>
            <numerusform>%n tag deleted.</numerusform>
            <numerusform>%n tags deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added from %1.</source>
        <translation>
            <numerusform>%n row added from %1.</numerusform>
            <numerusform>%n rows added from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tags from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is empty: type or paste at least one code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: fix the marked cells (hover one to see why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>%n tag created.</numerusform>
            <numerusform>%n tags created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created. (The first answer was lost; sent again, the server found every code already taken: the batch had gone through once.)</source>
        <translation>
            <numerusform>%n tag created. (The first answer was lost; sent again, the server found every code already taken: the batch had gone through once.)</numerusform>
            <numerusform>%n tags created. (The first answer was lost; sent again, the server found every code already taken: the batch had gone through once.)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the batch: no tag was created. The refused codes are marked; hover one to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost every time: it is not known whether the batch was created. Send it again when the connection is back; a batch already created will be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows with a code in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the codes first, or take those of the selected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)? %1</source>
        <translation>
            <numerusform>Delete %n tag? %1</numerusform>
            <numerusform>Delete %n tags? %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n tag(s)? %1</source>
        <translation>
            <numerusform>Disconnect %n tag? %1</numerusform>
            <numerusform>Disconnect %n tags? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n tag(s)…</source>
        <translation>
            <numerusform>Deleting %n tag…</numerusform>
            <numerusform>Deleting %n tags…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n tag(s)…</source>
        <translation>
            <numerusform>Disconnecting %n tag…</numerusform>
            <numerusform>Disconnecting %n tags…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) disconnected.</source>
        <translation>
            <numerusform>%n tag disconnected.</numerusform>
            <numerusform>%n tags disconnected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoxesService</name>
    <message>
        <source>The server reported that the operation failed (result &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag to disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the box location&apos;s UUID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The image %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobbers Back Office statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatNotifier</name>
    <message>
        <source>Open the conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Choose a conversation in the list, or start a new one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the subject, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatWiring</name>
    <message>
        <source>A client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client in the directory yet: conversations appear as clients are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conversations of %1 of %n client(s) checked, up to %2 requests a minute.</source>
        <translation>
            <numerusform>Conversations of %1 of %n client checked, up to %2 requests a minute.</numerusform>
            <numerusform>Conversations of %1 of %n clients checked, up to %2 requests a minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates of conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDirectory</name>
    <message>
        <source>Loading the client directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise (no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client accepted the general conditions (CGU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? The client will no longer be able to use Jobbers; the record stays visible as inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;tal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this client have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assig&amp;n a pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a pass to this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client is inactive (deactivated). The record stays readable; nothing in it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the changes before assigning a pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a quoted field; the last row may be cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gender “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email belongs to a client of another enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; Retry failed checks whether it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientLocationLinks</name>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box location UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientLocationsPanel</name>
    <message>
        <source>Link a client to a box location so that the client can use it. The box location UID is the UUID printed on the box or given by its installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: name, email or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box location UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box location UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the client to the box location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the client from the box location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links &amp;made from this desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links made from this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no call that lists links: this list holds only the links made from this computer. Select one to fill the fields above, then Unlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client: type a name or email and pick one, or type the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a client from the list, or type the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking client %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking client %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 unlinked from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 was already linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 is not linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPasswordPage</name>
    <message>
        <source>Generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is shown only now; it is not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created, but the server&apos;s answer was lost on the way, so the generated password cannot be shown. The client can sign in with a one-time link from the client list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created. The API generated this password for the client:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRecordPanel</name>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise (no group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientValidator</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list (ISO 3166-1 code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone prefix looks like +33 (1 to 4 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 4 to 15 digits, without prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client must accept the general conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender is MALE, FEMALE or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group does not belong to the enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the email is known (seen in statistics or a conversation). Open it to load the client from the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by this desk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the client last signed in to Jobbers, as the API says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this desk last received the client from the API, or met its email in statistics or a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search by email, name, id, city or group (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up on the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up this client on the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;link in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a one-time sign-in link for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y sign-in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a one-time sign-in link for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client with id %1 in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Jobbers client uses %1. You can create it with New client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another enterprise; it can be moved to yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another enterprise and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was found and added to the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client belongs to another enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client with this id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time sign-in link for %1 was copied; it works once, within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in link for %1 was opened in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open the link; use Copy sign-in link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list shows the clients this desk has met: created, imported, looked up, or seen in the statistics or conversations. The API has no call that lists every client. To find another one, press Ctrl+F, type the email and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a &amp;pass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a pass to the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling from the statistics: %1 of %2 calls answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscription has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client was deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n client(s)</source>
        <translation>
            <numerusform>%1 of %n client</numerusform>
            <numerusform>%1 of %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsService</name>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write on behalf of the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the message is from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message will appear as written by the client, not by the concierge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image cannot be kept: no folder for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted-image-%1-%2.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atta&amp;ch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not repeat the text sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the echoes send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt to echo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK in %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token, or its lifetime is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid for %1, until %2; each call pushes this forward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s conversations last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s conversations not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n unread message</numerusform>
            <numerusform>%1, %n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <comment>message count (unread ones)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new since this desk last opened it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;New conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests the background check of the clients&apos; conversations may make per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation with a client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back&amp;ground checks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsService</name>
    <message>
        <source>Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating must be between 0 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for one message at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uploaded file to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available, so the secret cannot be stored or read. It is never written to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or access to it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are stored for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryFeeder</name>
    <message>
        <source>Filling the client directory from the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %n client(s) seen in the statistics</source>
        <translation>
            <numerusform>Loading %n client seen in the statistics</numerusform>
            <numerusform>Loading %n clients seen in the statistics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnterpriseService</name>
    <message>
        <source>echo: expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureNotice</name>
    <message>
        <source>Failed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the failure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed %n times: %1</source>
        <translation>
            <numerusform>Failed %n time: %1</numerusform>
            <numerusform>Failed %n times: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>No figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous month to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 vs %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenderChart</name>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 % (%n client(s))</source>
        <translation>
            <numerusform>%1: %2 % (%n client)</numerusform>
            <numerusform>%1: %2 % (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>No registered client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients by gender (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen. UTF-8, comma or semicolon separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone prefix when the file has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone prefix when the file has none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These clients accepted the general conditions (when the file has no CGU column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 invalid, %4 created, %5 already existing, %6 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check / result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonDecode</name>
    <message>
        <source>is empty but required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is null but required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id (a positive whole number or numeric string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD HH:MM:SS&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an absolute URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The local data file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 is damaged (not an SQLite database). It was left untouched; move it away to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 is damaged (%2). It was left untouched; move it away to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 was written by a newer version of the application (format %2; this version knows up to %3). Update the application; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the local data file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the local data file to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Jobbers One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the Jobbers One API, https (or a local sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of your enterprise, given by Jobbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret that goes with the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain and sign in without asking next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your enterprise&apos;s API key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address, e.g. https://www.jobbers.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https address (plain http is only allowed for a local sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong API key or secret. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at this address. Check the address and your Internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jobbers service is temporarily unavailable. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable, so the stored secret cannot be read. Unlock it, or type the secret and sign in without &quot;Remember me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is known by the name %1. Check the address for a typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the Jobbers One API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client by email, name or id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new item in the current section (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the current section from the API (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Jobbers Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (Ctrl+1 to Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Jobbers Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobbers Back Office&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office of concierge staff for the Jobbers One API: clients, passes, statistics, conversations and administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the &amp;connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo, signed-in enterprise, groups and the token&apos;s validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Jobbers One API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageImageHelper</name>
    <message>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client of the directory by email or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoLoginView</name>
    <message>
        <source>&amp;Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sign-&amp;in link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients who never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected client in the client directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a one-time sign-in link for the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients &amp;who never signed in: none this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients &amp;who never signed in to Jobbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersChart</name>
    <message>
        <source>Share of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Orders by category (%n order(s))</source>
        <translation>
            <numerusform>Orders by category (%n order)</numerusform>
            <numerusform>Orders by category (%n orders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), without a breakdown by category.</source>
        <translation>
            <numerusform>%n order, without a breakdown by category.</numerusform>
            <numerusform>%n orders, without a breakdown by category.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>“%1” cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be saved on this computer, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable media URL in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no message id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxMachine</name>
    <message numerus="yes">
        <source>The server did not confirm the message after %n attempts, and it is not in the conversation.</source>
        <translation>
            <numerusform>The server did not confirm the message after %n attempt, and it is not in the conversation.</numerusform>
            <numerusform>The server did not confirm the message after %n attempts, and it is not in the conversation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation could not be read to check whether the message arrived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the file: %1 is more than it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRowActions</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry sending “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this message (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxServiceTransport</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewHeader</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the embedded sandbox: sample data, nothing real is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the enterprise and its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnWebhooks</name>
    <message>
        <source>Used by this application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassAssigner</name>
    <message>
        <source>No local data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference could not be saved; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassStockModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
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
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1: no pass can be taken from this stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expires in %n day, on %1.</numerusform>
            <numerusform>Expires in %n days, on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pass left in this stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassesPage</name>
    <message>
        <source>Stock of passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock to take the pass from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the invoice of the last assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning a pass to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pass was already assigned to %1 (reference %2). Subscription ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The assignment may or may not have been made; assigning again is safe (same reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n left)</source>
        <translation>
            <numerusform>%1 — %2 (%n left)</numerusform>
            <numerusform>%1 — %2 (%n left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the client&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock has passes left to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the invoice of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not make invoices yet (HTTP %1, not implemented).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payment id; made up if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass assigned to %1 (payment reference %2). The subscription now ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pass of this stock was assigned to %1 less than a minute ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A pass of this stock was assigned to %1 %n minute(s) ago.</source>
        <translation>
            <numerusform>A pass of this stock was assigned to %1 %n minute ago.</numerusform>
            <numerusform>A pass of this stock was assigned to %1 %n minutes ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a second pass?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a &amp;second pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription will end on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not looked up yet: name unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription will end on %1 at the earliest (the current end is not known here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a pass to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: %1, price %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment reference will be made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stock, then Assign the pass (Alt+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires within %n day(s)</source>
        <translation>
            <numerusform>expires within %n day</numerusform>
            <numerusform>expires within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>past its expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pass left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Jobbers One API does not offer invoices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not offered by the API yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassesService</name>
    <message>
        <source>Choose a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stock of passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment reference is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalCodes</name>
    <message>
        <source>A French postal code has five digits, like 75002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Belgian postal code has four digits, like 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Swiss postal code has four digits, like 8001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Luxembourg postal code has four digits, like 1009 (or L-1009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Monaco postal code has five digits starting with 980, like 98000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Spanish postal code has five digits, from 01000 to 52999, like 28013.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A German postal code has five digits, like 10115.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Italian postal code has five digits, like 00184.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A British postcode looks like SW1A 1AA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <source>Tasks in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when the application restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling interval for conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often open conversations are checked for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key that sends a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check conversations every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;messages with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https address (plain http is only allowed for a local sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the configured server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellController</name>
    <message>
        <source>Signed in, but the secret could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with the stored credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to enterprise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has expired and could not be renewed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the Jobbers One API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also forget the secret stored on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Sign in from the window or the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the enterprise&apos;s API key to see its clients, passes and conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Jobbers One API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a star or type 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateLegend</name>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatePalette</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsAge</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsCsvWriter</name>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender unknown %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average conversation rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of conversations %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of orders %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsFigures</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsGroupsModel</name>
    <message>
        <source>Whole enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the month before (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests made this month (delta_requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes used this month (delta_passes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients registered this month (delta_clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients registered at the end of the month (total_clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients who have never signed in to Jobbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsMonthView</name>
    <message>
        <source>Hide &amp;zero tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide tags no conversation used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Mo&amp;nth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise or &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise and groups side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the groups table for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grou&amp;ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never &amp;signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV files for a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report of the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts as P&amp;NG images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts as &amp;SVG drawings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month in progress: its figures will still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures calculated on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month could not be loaded: %1 (press F5 to try again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in links cannot be made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a sign-in link for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-time sign-in link for %1 was copied; it works once, within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures for this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel or LibreOffice in French, semicolons (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with commas, without byte-order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the month&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s) (see the CSV export)</source>
        <translation>
            <numerusform>… and %n more group (see the CSV export)</numerusform>
            <numerusform>… and %n more groups (see the CSV export)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures calculated on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month in progress: figures will still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for the month before: no change shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients registered in all, %2 of them never signed in; %3 requests and %4 passes since the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobbers Back Office · generated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTagNames</name>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars and motorbikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weddings and civil unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stag and hen parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTrendLoader</name>
    <message>
        <source>Statistics for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Statistics: %n month(s)</source>
        <translation>
            <numerusform>Statistics: %n month</numerusform>
            <numerusform>Statistics: %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsTrendModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTrendsView</name>
    <message>
        <source>R&amp;etry month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy t&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mont&amp;hs shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of months shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour key of the trend charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected month again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the month-over-month table for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest figures shown fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) from this computer.</source>
        <translation>
            <numerusform>%n month from this computer.</numerusform>
            <numerusform>%n months from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n month(s)…</source>
        <translation>
            <numerusform>Refreshing %n month…</numerusform>
            <numerusform>Refreshing %n months…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) could not be loaded: select and retry.</source>
        <translation>
            <numerusform>%n month could not be loaded: select and retry.</numerusform>
            <numerusform>%n months could not be loaded: select and retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsWiring</name>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>State of the connection to the Jobbers One API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise this session works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token: renewed automatically with the stored credentials when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1, next try in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token renewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection: echo, enterprise, groups and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsChart</name>
    <message>
        <source>Share of conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of the month&apos;s conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag figures for this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation was tagged this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnologyDelegate</name>
    <message>
        <source>Technology type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Concierge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Click to open; right-click to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRowsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new message(s)</source>
        <translation>
            <numerusform>↓ %n new message</numerusform>
            <numerusform>↓ %n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the newest message (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save attachment as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Requests per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes used per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the months to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month of this range could be loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookListModel</name>
    <message>
        <source>This application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by this application (%1); deleting it would stop that part of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookTarget</name>
    <message>
        <source>Enter the address the server should call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be absolute and start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password: anyone with the API key could read them in the list of webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// to %1: the notifications, with the clients&apos; messages, would cross the network unencrypted. Prefer https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <source>Message webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target URL of the new webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a webhook with this target URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list of webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook is the application&apos;s own: deleting it would stop a part of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s).</source>
        <translation>
            <numerusform>%n webhook.</numerusform>
            <numerusform>%n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook %1?
%2
It will no longer be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting webhook %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksService</name>
    <message>
        <source>names webhook %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back office for the Jobbers One API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an embedded sandbox of the API with sample data and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every setting and the window layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
