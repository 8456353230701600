<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>&amp;Postal code</source>
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
        <source>This client is inactive (deactivated). The record stays readable.</source>
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
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created. The API generated this password for the client:</source>
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
    <name>ClientImportFields</name>
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
        <source>A French postal code has five digits.</source>
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
        <source>Last seen</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
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
        <source>%1 (%2 new)</source>
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
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Jobbers Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Demo</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Pass assigned to %1. The subscription now ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The assignment may or may not have been made; assigning again is safe (same reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
