<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityLog</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reprises</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>Jobbers Back Office: activity log, %n call(s), exported %1</source>
        <translation>
            <numerusform>Jobbers Back Office&#xa0;: journal d’activité, %n appel, exporté le %1</numerusform>
            <numerusform>Jobbers Back Office&#xa0;: journal d’activité, %n appels, exporté le %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogView</name>
    <message numerus="yes">
        <source>The last %n API call(s) of this session, for a support ticket. No password, key secret, token, query string or message content is ever kept here.</source>
        <translation>
            <numerusform>Le dernier appel à l’API de cette session (jusqu’à %n), pour un ticket de support. Aucun mot de passe, secret de clé, jeton, paramètre d’URL ni contenu de message n’est jamais gardé ici.</numerusform>
            <numerusform>Les %n derniers appels à l’API de cette session, pour un ticket de support. Aucun mot de passe, secret de clé, jeton, paramètre d’URL ni contenu de message n’est jamais gardé ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre&#xa0;:</translation>
    </message>
    <message>
        <source>Filter the calls</source>
        <translation>Filtrer les appels</translation>
    </message>
    <message>
        <source>Path, method, status or error</source>
        <translation>Chemin, méthode, statut ou erreur</translation>
    </message>
    <message>
        <source>Failures &amp;only</source>
        <translation>Échecs &amp;seulement</translation>
    </message>
    <message>
        <source>Show only the failed calls</source>
        <translation>N’afficher que les appels en échec</translation>
    </message>
    <message>
        <source>API calls of this session</source>
        <translation>Appels à l’API de cette session</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected calls, or every call shown</source>
        <translation>Copier les appels sélectionnés, ou tous ceux affichés</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the calls shown to a text file</source>
        <translation>Exporter les appels affichés dans un fichier texte</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation>Vider le journal d’activité</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) shown</source>
        <translation>
            <numerusform>%1 appel affiché sur %n</numerusform>
            <numerusform>%1 appels affichés sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected call(s) copied.</source>
        <translation>
            <numerusform>%n appel sélectionné copié.</numerusform>
            <numerusform>%n appels sélectionnés copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) copied.</source>
        <translation>
            <numerusform>%n appel copié.</numerusform>
            <numerusform>%n appels copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Exporter le journal d’activité</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to %1.</source>
        <translation>
            <numerusform>%n appel exporté dans %1.</numerusform>
            <numerusform>%n appels exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log could not be written to %1: %2</source>
        <translation>Le journal n’a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Each message webhook receives a POST for every new message of the enterprise&apos;s conversations.</source>
        <translation>Chaque webhook de messages reçoit un POST pour chaque nouveau message des conversations de l’entreprise.</translation>
    </message>
    <message>
        <source>Each box webhook is told of the boxes&apos; events.</source>
        <translation>Chaque webhook de boîtes est averti des événements des boîtes.</translation>
    </message>
    <message>
        <source>Message webhooks</source>
        <translation>Webhooks de messages</translation>
    </message>
    <message>
        <source>Box webhooks</source>
        <translation>Webhooks de boîtes</translation>
    </message>
    <message>
        <source>Box tags</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Client locations</source>
        <translation>Emplacements des clients</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>L’adresse du serveur n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>L’adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed for this computer (localhost); use https:// for %1.</source>
        <translation>Le http:// non chiffré n’est permis que vers cet ordinateur (localhost) ; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation>aucune adresse de serveur n’est définie</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>ce n’est pas du JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON object or array</source>
        <translation>ni un objet ni un tableau JSON</translation>
    </message>
    <message>
        <source>no access_token in the token answer</source>
        <translation>pas d’access_token dans la réponse d’authentification</translation>
    </message>
    <message>
        <source>The session has expired and signing in again failed: %1</source>
        <translation>La session a expiré et la reconnexion a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative)</numerusform>
            <numerusform>%1 (abandon après %n tentatives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>The server could not be reached; check the network connection and the server address</source>
        <translation>Impossible de joindre le serveur&#xa0;; vérifiez la connexion réseau et l’adresse du serveur</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The API key or secret was refused, or the session has expired</source>
        <translation>La clé d’API ou le secret a été refusé, ou la session a expiré</translation>
    </message>
    <message>
        <source>Access refused: this belongs to another enterprise</source>
        <translation>Accès refusé&#xa0;: cet élément appartient à une autre entreprise</translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation>Introuvable sur le serveur</translation>
    </message>
    <message>
        <source>The server refused the request as invalid</source>
        <translation>Le serveur a refusé la requête comme invalide</translation>
    </message>
    <message>
        <source>This value is already taken</source>
        <translation>Cette valeur est déjà utilisée</translation>
    </message>
    <message>
        <source>The server failed to process the request</source>
        <translation>Le serveur n’a pas pu traiter la requête</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again later</source>
        <translation>Le service est momentanément indisponible&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>The server does not implement this operation</source>
        <translation>Le serveur ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood</source>
        <translation>Le serveur a envoyé une réponse incompréhensible</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>La requête a été annulée</translation>
    </message>
    <message>
        <source>The system keychain is unavailable</source>
        <translation>Le trousseau du système est indisponible</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access</source>
        <translation>Le trousseau du système est verrouillé ou a refusé l’accès</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
</context>
<context>
    <name>ApiFieldText</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>ne peut pas être vide</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Ceci ne peut pas être vide.</translation>
    </message>
    <message>
        <source>is already taken</source>
        <translation>est déjà utilisé</translation>
    </message>
    <message>
        <source>This value is already taken.</source>
        <translation>Cette valeur est déjà utilisée.</translation>
    </message>
    <message>
        <source>must be accepted</source>
        <translation>doit être accepté</translation>
    </message>
    <message>
        <source>This must be accepted.</source>
        <translation>Ceci doit être accepté.</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>n&apos;est pas valide</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>This does not match.</source>
        <translation>Ceci ne correspond pas.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone prefix</source>
        <translation>Indicatif téléphonique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Mailings accepted</source>
        <translation>Envois acceptés</translation>
    </message>
    <message>
        <source>Conditions accepted</source>
        <translation>Conditions acceptées</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Pass stock</source>
        <translation>Stock de pass</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence de paiement</translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation>Fin d&apos;abonnement</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Box location</source>
        <translation>Emplacement de casier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <source>This file is not on the API&apos;s server (%1): it was not opened.</source>
        <translation>Ce fichier n’est pas sur le serveur de l’API (%1) : il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Le fichier n’a pas pu être téléchargé : %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Files to send</source>
        <translation>Fichiers à envoyer</translation>
    </message>
</context>
<context>
    <name>AttachmentStripChip</name>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry sending %1</source>
        <translation>Réessayer l’envoi de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Annuler l’envoi de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>Abandonner %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>no enterprise id</source>
        <translation>aucun identifiant d’entreprise</translation>
    </message>
    <message>
        <source>the list of groups is not an array</source>
        <translation>la liste des groupes n’est pas un tableau</translation>
    </message>
    <message>
        <source>The API key or the secret is wrong.</source>
        <translation>La clé d’API ou le secret est incorrect.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>Le serveur %1 est injoignable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AutologinPolicy</name>
    <message>
        <source>The login link is not a valid web address.</source>
        <translation>Le lien de connexion n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The login link carries a user name or password; it was not opened.</source>
        <translation>Le lien de connexion contient un nom d’utilisateur ou un mot de passe ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The login link is not secure (https); it was not opened.</source>
        <translation>Le lien de connexion n’est pas sécurisé (https) ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The login link points to %1, not to the API&apos;s server %2; it was not opened.</source>
        <translation>Le lien de connexion mène à %1 et non au serveur de l’API %2 ; il n’a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>BoxLocationUid</name>
    <message>
        <source>Enter the box location&apos;s UID.</source>
        <translation>Saisissez l’UID de l’emplacement de la boîte.</translation>
    </message>
    <message>
        <source>A box location UID is a UUID of 32 hexadecimal digits in groups of 8-4-4-4-12, such as 2f3cb5c8-7b95-468d-9bb1-715ba9c44d93.</source>
        <translation>L’UID d’un emplacement est un UUID de 32 chiffres hexadécimaux en groupes de 8-4-4-4-12, par exemple 2f3cb5c8-7b95-468d-9bb1-715ba9c44d93.</translation>
    </message>
    <message>
        <source>The nil UUID (all zeros) names no box location.</source>
        <translation>L’UUID nul (que des zéros) ne désigne aucun emplacement.</translation>
    </message>
</context>
<context>
    <name>BoxTagBatchModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Technology type</source>
        <translation>Type de technologie</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>This code is also on row(s) %1 of the batch.</source>
        <translation>Ce code figure aussi à la ligne ou aux lignes %1 du lot.</translation>
    </message>
    <message>
        <source>This code is already taken.</source>
        <translation>Ce code est déjà pris.</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>Non valide.</translation>
    </message>
    <message>
        <source>%1 (server: %2)</source>
        <translation>%1 (serveur&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>BoxTagImport</name>
    <message>
        <source>A quoted cell is never closed (a &quot; is missing): nothing was added.</source>
        <translation>Une cellule entre guillemets n’est jamais fermée (il manque un &quot;)&#xa0;: rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>There is no tag to add: no line with a code.</source>
        <translation>Aucun badge à ajouter&#xa0;: pas de ligne avec un code.</translation>
    </message>
</context>
<context>
    <name>BoxTagsPanel</name>
    <message>
        <source>New tags</source>
        <translation>Nouveaux badges</translation>
    </message>
    <message>
        <source>Prepare a batch: type in the table, paste cells from a spreadsheet (Ctrl+V) or import a CSV file (code, description, technology type). The server creates the whole batch or none of it.</source>
        <translation>Préparez un lot&#xa0;: saisissez dans le tableau, collez des cellules d’un tableur (Ctrl+V) ou importez un fichier CSV (code, description, type de technologie). Le serveur crée tout le lot ou rien.</translation>
    </message>
    <message>
        <source>Ta&amp;gs to create:</source>
        <translation>&amp;Tags à créer&#xa0;:</translation>
    </message>
    <message>
        <source>Tags to create</source>
        <translation>Badges à créer</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Add an empty row to the batch</source>
        <translation>Ajouter une ligne vide au lot</translation>
    </message>
    <message>
        <source>&amp;Paste cells</source>
        <translation>&amp;Coller des cellules</translation>
    </message>
    <message>
        <source>Paste spreadsheet cells from the clipboard</source>
        <translation>Coller des cellules de tableur depuis le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>Add the tags of a CSV file to the batch</source>
        <translation>Ajouter au lot les badges d’un fichier CSV</translation>
    </message>
    <message>
        <source>Re&amp;move rows</source>
        <translation>Enlever les lig&amp;nes</translation>
    </message>
    <message>
        <source>Remove the selected rows from the batch</source>
        <translation>Enlever du lot les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Clear create&amp;d</source>
        <translation>&amp;Vider les créés</translation>
    </message>
    <message>
        <source>Remove the rows already created from the table</source>
        <translation>Retirer du tableau les lignes déjà créées</translation>
    </message>
    <message>
        <source>&amp;Send the batch</source>
        <translation>Envo&amp;yer le lot</translation>
    </message>
    <message>
        <source>Send the batch to the server</source>
        <translation>Envoyer le lot au serveur</translation>
    </message>
    <message>
        <source>Delete or disconnect tags</source>
        <translation>Supprimer ou déconnecter des badges</translation>
    </message>
    <message>
        <source>C&amp;odes (one per line, or separated by commas):</source>
        <translation>Code&amp;s (un par ligne, ou séparés par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>Codes of the tags to delete or disconnect</source>
        <translation>Codes des badges à supprimer ou déconnecter</translation>
    </message>
    <message>
        <source>&amp;Use the selected rows</source>
        <translation>&amp;Utiliser les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Take the codes of the rows selected in the table</source>
        <translation>Prendre les codes des lignes sélectionnées dans le tableau</translation>
    </message>
    <message>
        <source>De&amp;lete the tags…</source>
        <translation>Su&amp;pprimer les badges…</translation>
    </message>
    <message>
        <source>Delete the tags of these codes</source>
        <translation>Supprimer les badges de ces codes</translation>
    </message>
    <message>
        <source>Dis&amp;connect the tags…</source>
        <translation>Déconnecter les &amp;badges…</translation>
    </message>
    <message>
        <source>Disconnect the tags of these codes</source>
        <translation>Déconnecter les badges de ces codes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) pasted.</source>
        <translation>
            <numerusform>%n ligne collée.</numerusform>
            <numerusform>%n lignes collées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending a batch of %n tag(s)…</source>
        <translation>
            <numerusform>Envoi d’un lot de %n badge…</numerusform>
            <numerusform>Envoi d’un lot de %n badges…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; sending the same batch again to find out whether it was created (attempt %1).</source>
        <translation>La réponse du serveur s’est perdue&#xa0;; le même lot est renvoyé pour savoir s’il a été créé (tentative %1).</translation>
    </message>
    <message numerus="yes">
        <source>None of these %n code(s) is a tag any more (an earlier attempt whose answer was lost may have deleted them).</source>
        <translation>
            <numerusform>Ce code n’est plus un badge (une tentative précédente dont la réponse s’est perdue l’a peut-être supprimé).</numerusform>
            <numerusform>Aucun de ces %n codes n’est plus un badge (une tentative précédente dont la réponse s’est perdue les a peut-être supprimés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) deleted.</source>
        <translation>
            <numerusform>%n badge supprimé.</numerusform>
            <numerusform>%n badges supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n’a été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added from %1.</source>
        <translation>
            <numerusform>%n ligne ajoutée depuis %1.</numerusform>
            <numerusform>%n lignes ajoutées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import tags from a CSV file</source>
        <translation>Importer des badges depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The batch is empty: type or paste at least one code.</source>
        <translation>Le lot est vide&#xa0;: saisissez ou collez au moins un code.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the marked cells (hover one to see why).</source>
        <translation>Rien n’a été envoyé&#xa0;: corrigez les cellules marquées (survolez-en une pour voir pourquoi).</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>%n badge créé.</numerusform>
            <numerusform>%n badges créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created. (The first answer was lost; sent again, the server found every code already taken: the batch had gone through once.)</source>
        <translation>
            <numerusform>%n badge créé. (La première réponse s’est perdue&#xa0;; renvoyé, le serveur a trouvé le code déjà pris&#xa0;: le lot était passé une fois.)</numerusform>
            <numerusform>%n badges créés. (La première réponse s’est perdue&#xa0;; renvoyé, le serveur a trouvé chaque code déjà pris&#xa0;: le lot était passé une fois.)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the batch: no tag was created. The refused codes are marked; hover one to see why.</source>
        <translation>Le serveur a refusé le lot&#xa0;: aucun badge n’a été créé. Les codes refusés sont marqués&#xa0;; survolez-en un pour voir pourquoi.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost every time: it is not known whether the batch was created. Send it again when the connection is back; a batch already created will be recognised.</source>
        <translation>La réponse du serveur s’est perdue à chaque fois&#xa0;: on ne sait pas si le lot a été créé. Renvoyez-le quand la connexion sera revenue&#xa0;; un lot déjà créé sera reconnu.</translation>
    </message>
    <message>
        <source>Select rows with a code in the table first.</source>
        <translation>Sélectionnez d’abord des lignes avec un code dans le tableau.</translation>
    </message>
    <message>
        <source>Type or paste the codes first, or take those of the selected rows.</source>
        <translation>Saisissez ou collez d’abord les codes, ou prenez ceux des lignes sélectionnées.</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>Supprimer des badges</translation>
    </message>
    <message>
        <source>Disconnect tags</source>
        <translation>Déconnecter des badges</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)? %1</source>
        <translation>
            <numerusform>Supprimer %n badge&#xa0;? %1</numerusform>
            <numerusform>Supprimer %n badges&#xa0;? %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n tag(s)? %1</source>
        <translation>
            <numerusform>Déconnecter %n badge&#xa0;? %1</numerusform>
            <numerusform>Déconnecter %n badges&#xa0;? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n tag(s)…</source>
        <translation>
            <numerusform>Suppression de %n badge…</numerusform>
            <numerusform>Suppression de %n badges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n tag(s)…</source>
        <translation>
            <numerusform>Déconnexion de %n badge…</numerusform>
            <numerusform>Déconnexion de %n badges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) disconnected.</source>
        <translation>
            <numerusform>%n badge déconnecté.</numerusform>
            <numerusform>%n badges déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was disconnected: %1</source>
        <translation>Rien n’a été déconnecté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BoxesService</name>
    <message>
        <source>The server reported that the operation failed (result &quot;%1&quot;).</source>
        <translation>Le serveur indique que l’opération a échoué (résultat « %1 »).</translation>
    </message>
    <message>
        <source>No tag to create.</source>
        <translation>Aucun badge à créer.</translation>
    </message>
    <message>
        <source>No tag to delete.</source>
        <translation>Aucun badge à supprimer.</translation>
    </message>
    <message>
        <source>No tag to disconnect.</source>
        <translation>Aucun badge à déconnecter.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>Enter the box location&apos;s UUID.</source>
        <translation>Saisissez l’UUID de l’emplacement de la box.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The image %1 cannot be written.</source>
        <translation>L’image %1 ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Jobbers Back Office statistics</source>
        <translation>Statistiques Jobbers Back Office</translation>
    </message>
</context>
<context>
    <name>ChatNotifier</name>
    <message>
        <source>Open the conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Choose a conversation in the list, or start a new one (Ctrl+N).</source>
        <translation>Choisissez une conversation dans la liste, ou commencez-en une nouvelle (Ctrl+N).</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Edit the subject, then press Enter</source>
        <translation>Modifiez l’objet, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Ob&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>Not&amp;e :</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lore</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Clore la conversation</translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation>Rouvrir la conversation</translation>
    </message>
    <message>
        <source>The subject cannot be empty.</source>
        <translation>L’objet ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>ChatWiring</name>
    <message>
        <source>A client</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>Sent a file: %1</source>
        <translation>A envoyé un fichier : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No client in the directory yet: conversations appear as clients are met.</source>
        <translation>Aucun client dans l’annuaire pour l’instant : les conversations apparaissent au fil des clients rencontrés.</translation>
    </message>
    <message numerus="yes">
        <source>Conversations of %1 of %n client(s) checked, up to %2 requests a minute.</source>
        <translation>
            <numerusform>Conversations vérifiées : %1 client sur %n, jusqu’à %2 requêtes par minute.</numerusform>
            <numerusform>Conversations vérifiées : %1 sur %n clients, jusqu’à %2 requêtes par minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation>Dernière vérification en échec : %1</translation>
    </message>
    <message>
        <source>Live updates of conversations</source>
        <translation>Mises à jour en direct des conversations</translation>
    </message>
</context>
<context>
    <name>ClientDirectory</name>
    <message>
        <source>Loading the client directory</source>
        <translation>Chargement de l’annuaire des clients</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>Phone prefix</source>
        <translation>Indicatif téléphonique</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>The enterprise (no group)</source>
        <translation>L’entreprise (aucun groupe)</translation>
    </message>
    <message>
        <source>G&amp;roup</source>
        <translation>G&amp;roupe</translation>
    </message>
    <message>
        <source>Accepts mailings</source>
        <translation>Accepte les envois d’information</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>The client accepted the general conditions (CGU)</source>
        <translation>Le client a accepté les conditions générales d’utilisation (CGU)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Deactivate the client</source>
        <translation>Désactiver le client</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Deactivate client</source>
        <translation>Désactiver le client</translation>
    </message>
    <message>
        <source>Deactivate %1? The client will no longer be able to use Jobbers; the record stays visible as inactive.</source>
        <translation>Désactiver %1 ? Le client ne pourra plus utiliser Jobbers ; sa fiche reste visible comme inactive.</translation>
    </message>
    <message>
        <source>Pos&amp;tal code</source>
        <translation>Code p&amp;ostal</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The changes to this client have not been saved.</source>
        <translation>Les modifications de ce client n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Assig&amp;n a pass…</source>
        <translation>Attri&amp;buer un pass…</translation>
    </message>
    <message>
        <source>Assign a pass to this client</source>
        <translation>Attribuer un pass à ce client</translation>
    </message>
    <message>
        <source>Client %1 (inactive)</source>
        <translation>Client %1 (inactif)</translation>
    </message>
    <message>
        <source>This client is inactive (deactivated). The record stays readable; nothing in it can be changed.</source>
        <translation>Ce client est inactif (désactivé). Sa fiche reste consultable ; rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>Save or discard the changes before assigning a pass.</source>
        <translation>Enregistrez ou abandonnez les modifications avant d’attribuer un pass.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Existe déjà</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field; the last row may be cut.</source>
        <translation>Le fichier se termine au milieu d’un champ entre guillemets ; la dernière ligne est peut-être tronquée.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>« %1 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>Unknown gender “%1”.</source>
        <translation>Genre inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown group “%1”.</source>
        <translation>Groupe inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Importing clients</source>
        <translation>Import des clients</translation>
    </message>
    <message>
        <source>This email belongs to a client of another enterprise.</source>
        <translation>Cet e-mail appartient à un client d’une autre entreprise.</translation>
    </message>
    <message>
        <source>Cancelled; Retry failed checks whether it was created.</source>
        <translation>Annulé ; « Réessayer les échecs » vérifiera s’il a été créé.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ClientLocationLinks</name>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Box location UID</source>
        <translation>UID de l’emplacement</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié le</translation>
    </message>
</context>
<context>
    <name>ClientLocationsPanel</name>
    <message>
        <source>Link a client to a box location so that the client can use it. The box location UID is the UUID printed on the box or given by its installer.</source>
        <translation>Liez un client à l’emplacement d’une boîte pour qu’il puisse s’en servir. L’UID de l’emplacement est l’UUID imprimé sur la boîte ou donné par son installateur.</translation>
    </message>
    <message>
        <source>Client: name, email or id</source>
        <translation>Client&#xa0;: nom, e-mail ou numéro</translation>
    </message>
    <message>
        <source>Name, email or client id</source>
        <translation>Nom, e-mail ou numéro de client</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Box location UID</source>
        <translation>UID de l’emplacement</translation>
    </message>
    <message>
        <source>&amp;Box location UID:</source>
        <translation>&amp;UID de l’emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Link the client to the box location</source>
        <translation>Lier le client à l’emplacement</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <source>Unlink the client from the box location</source>
        <translation>Retirer le lien entre le client et l’emplacement</translation>
    </message>
    <message>
        <source>Links &amp;made from this desk:</source>
        <translation>Liens faits depuis ce &amp;poste&#xa0;:</translation>
    </message>
    <message>
        <source>Links made from this desk</source>
        <translation>Liens faits depuis ce poste</translation>
    </message>
    <message>
        <source>The API has no call that lists links: this list holds only the links made from this computer. Select one to fill the fields above, then Unlink.</source>
        <translation>L’API n’a aucun appel qui liste les liens&#xa0;: cette liste ne contient que les liens faits depuis cet ordinateur. Sélectionnez-en un pour remplir les champs ci-dessus, puis Retirer le lien.</translation>
    </message>
    <message>
        <source>Choose a client: type a name or email and pick one, or type the client id.</source>
        <translation>Choisissez un client&#xa0;: tapez un nom ou un e-mail et choisissez dans la liste, ou tapez le numéro du client.</translation>
    </message>
    <message>
        <source>Pick a client from the list, or type the client id.</source>
        <translation>Choisissez un client dans la liste, ou tapez son numéro.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Linking client %1 to %2…</source>
        <translation>Liaison du client %1 à %2…</translation>
    </message>
    <message>
        <source>Unlinking client %1 from %2…</source>
        <translation>Retrait du lien entre le client %1 et %2…</translation>
    </message>
    <message>
        <source>Client %1 linked to %2.</source>
        <translation>Client %1 lié à %2.</translation>
    </message>
    <message>
        <source>Client %1 unlinked from %2.</source>
        <translation>Lien retiré entre le client %1 et %2.</translation>
    </message>
    <message>
        <source>Client %1 was already linked to %2.</source>
        <translation>Le client %1 était déjà lié à %2.</translation>
    </message>
    <message>
        <source>Client %1 is not linked to %2.</source>
        <translation>Le client %1 n’est pas lié à %2.</translation>
    </message>
</context>
<context>
    <name>ClientPasswordPage</name>
    <message>
        <source>Generated password</source>
        <translation>Mot de passe généré</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>This password is shown only now; it is not kept anywhere.</source>
        <translation>Ce mot de passe n’est affiché qu’une fois ; il n’est conservé nulle part.</translation>
    </message>
    <message>
        <source>%1 was created, but the server&apos;s answer was lost on the way, so the generated password cannot be shown. The client can sign in with a one-time link from the client list.</source>
        <translation>%1 a été créé, mais la réponse du serveur s&apos;est perdue en route : le mot de passe généré ne peut pas être affiché. Le client peut se connecter avec un lien à usage unique depuis la liste des clients.</translation>
    </message>
    <message>
        <source>%1 was created. The API generated this password for the client:</source>
        <translation>%1 a été créé. L’API a généré ce mot de passe pour le client :</translation>
    </message>
</context>
<context>
    <name>ClientRecordPanel</name>
    <message>
        <source>Client id:</source>
        <translation>Identifiant du client :</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant du client</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Inscrit le :</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Dernière connexion :</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Subscription ends:</source>
        <translation>Fin de l’abonnement :</translation>
    </message>
    <message>
        <source>Subscription ends</source>
        <translation>Fin de l’abonnement</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The enterprise (no group)</source>
        <translation>L’entreprise (aucun groupe)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>jamais connecté</translation>
    </message>
    <message>
        <source>no subscription</source>
        <translation>aucun abonnement</translation>
    </message>
    <message>
        <source>%1 (over)</source>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive (deactivated)</source>
        <translation>Inactif (désactivé)</translation>
    </message>
</context>
<context>
    <name>ClientValidator</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Ce n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Choose a country from the list (ISO 3166-1 code).</source>
        <translation>Choisissez un pays dans la liste (code ISO 3166-1).</translation>
    </message>
    <message>
        <source>A phone prefix looks like +33 (1 to 4 digits).</source>
        <translation>Un indicatif s’écrit comme +33 (1 à 4 chiffres).</translation>
    </message>
    <message>
        <source>A phone number has 4 to 15 digits, without prefix.</source>
        <translation>Un numéro de téléphone compte 4 à 15 chiffres, sans indicatif.</translation>
    </message>
    <message>
        <source>The client must accept the general conditions.</source>
        <translation>Le client doit accepter les conditions générales.</translation>
    </message>
    <message>
        <source>Gender is MALE, FEMALE or empty.</source>
        <translation>Le genre est MALE, FEMALE ou vide.</translation>
    </message>
    <message>
        <source>This group does not belong to the enterprise.</source>
        <translation>Ce groupe n’appartient pas à l’entreprise.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Only the email is known (seen in statistics or a conversation). Open it to load the client from the API.</source>
        <translation>Seul l’e-mail est connu (vu dans les statistiques ou une conversation). Ouvrez-le pour charger le client depuis l’API.</translation>
    </message>
    <message>
        <source>This client was deactivated.</source>
        <translation>Ce client a été désactivé.</translation>
    </message>
    <message>
        <source>The subscription has ended.</source>
        <translation>L’abonnement est terminé.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation>Fin d’abonnement</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Last signed in on %1</source>
        <translation>Dernière connexion le %1</translation>
    </message>
    <message>
        <source>Received by this desk on %1</source>
        <translation>Reçu par ce poste le %1</translation>
    </message>
    <message>
        <source>When the client last signed in to Jobbers, as the API says.</source>
        <translation>La dernière connexion du client à Jobbers, selon l&apos;API.</translation>
    </message>
    <message>
        <source>When this desk last received the client from the API, or met its email in statistics or a conversation.</source>
        <translation>Quand ce poste a reçu le client de l&apos;API pour la dernière fois, ou a vu son e-mail dans les statistiques ou une conversation.</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search by email, name, id, city or group (Ctrl+F)</source>
        <translation>Rechercher par e-mail, nom, identifiant, ville ou groupe (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import clients from a CSV file</source>
        <translation>Importer des clients depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Look up on the API</source>
        <translation>&amp;Chercher dans l’API</translation>
    </message>
    <message>
        <source>Look up this client on the API</source>
        <translation>Chercher ce client dans l’API</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ou&amp;vrir…</translation>
    </message>
    <message>
        <source>Open the selected client</source>
        <translation>Ouvrir le client sélectionné</translation>
    </message>
    <message>
        <source>Sign-in &amp;link in browser</source>
        <translation>&amp;Lien de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Open a one-time sign-in link for the client</source>
        <translation>Ouvrir un lien de connexion à usage unique pour le client</translation>
    </message>
    <message>
        <source>Cop&amp;y sign-in link</source>
        <translation>Copier le lien de conne&amp;xion</translation>
    </message>
    <message>
        <source>Copy a one-time sign-in link for the client</source>
        <translation>Copier un lien de connexion à usage unique pour le client</translation>
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
        <translation>%1 n’est pas dans l’annuaire.</translation>
    </message>
    <message>
        <source>No client with id %1 in the directory.</source>
        <translation>Aucun client d’identifiant %1 dans l’annuaire.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>No Jobbers client uses %1. You can create it with New client.</source>
        <translation>Aucun client Jobbers n’utilise %1. Vous pouvez le créer avec Nouveau client.</translation>
    </message>
    <message>
        <source>%1 belongs to another enterprise; it can be moved to yours.</source>
        <translation>%1 appartient à une autre entreprise ; il peut être transféré à la vôtre.</translation>
    </message>
    <message>
        <source>%1 belongs to another enterprise and cannot be moved.</source>
        <translation>%1 appartient à une autre entreprise et ne peut pas être transféré.</translation>
    </message>
    <message>
        <source>%1 was found and added to the directory.</source>
        <translation>%1 a été trouvé et ajouté à l’annuaire.</translation>
    </message>
    <message>
        <source>This client belongs to another enterprise.</source>
        <translation>Ce client appartient à une autre entreprise.</translation>
    </message>
    <message>
        <source>No client with this id or email.</source>
        <translation>Aucun client avec cet identifiant ou cet e-mail.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Select a client first.</source>
        <translation>Sélectionnez d’abord un client.</translation>
    </message>
    <message>
        <source>A one-time sign-in link for %1 was copied; it works once, within an hour.</source>
        <translation>Un lien de connexion à usage unique pour %1 a été copié ; il fonctionne une fois, dans l’heure.</translation>
    </message>
    <message>
        <source>The sign-in link for %1 was opened in the browser.</source>
        <translation>Le lien de connexion de %1 a été ouvert dans le navigateur.</translation>
    </message>
    <message>
        <source>No browser could open the link; use Copy sign-in link.</source>
        <translation>Aucun navigateur n’a pu ouvrir le lien ; utilisez « Copier le lien de connexion ».</translation>
    </message>
    <message>
        <source>This list shows the clients this desk has met: created, imported, looked up, or seen in the statistics or conversations. The API has no call that lists every client. To find another one, press Ctrl+F, type the email and press Enter.</source>
        <translation>Cette liste montre les clients que ce poste a déjà rencontrés : créés, importés, recherchés, ou vus dans les statistiques ou les conversations. L’API n’a pas d’appel qui liste tous les clients. Pour en trouver un autre, appuyez sur Ctrl+F, tapez son e-mail puis Entrée.</translation>
    </message>
    <message>
        <source>Assign a &amp;pass…</source>
        <translation>Attribuer un &amp;pass…</translation>
    </message>
    <message>
        <source>Assign a pass to the selected client</source>
        <translation>Attribuer un pass au client sélectionné</translation>
    </message>
    <message>
        <source>Filling from the statistics: %1 of %2 calls answered…</source>
        <translation>Remplissage depuis les statistiques : %1 appels sur %2 ont répondu…</translation>
    </message>
    <message>
        <source>the subscription has ended</source>
        <translation>l&apos;abonnement est terminé</translation>
    </message>
    <message>
        <source>the client was deactivated</source>
        <translation>le client a été désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n client(s)</source>
        <translation>
            <numerusform>%1 sur %n client</numerusform>
            <numerusform>%1 sur %n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
</context>
<context>
    <name>ClientsService</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>No client given.</source>
        <translation>Aucun client indiqué.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>Joindre des fichiers (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Write on behalf of the client…</source>
        <translation>Écrire au nom du client…</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Envoyer en tant que</translation>
    </message>
    <message>
        <source>Who the message is from</source>
        <translation>De qui vient le message</translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation>Conciergerie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>This message will appear as written by the client, not by the concierge.</source>
        <translation>Ce message apparaîtra comme écrit par le client, pas par la conciergerie.</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Non joint : %1</translation>
    </message>
    <message>
        <source>The pasted image cannot be kept: no folder for it.</source>
        <translation>L’image collée ne peut pas être conservée : aucun dossier pour elle.</translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation>image-collee-%1.png</translation>
    </message>
    <message>
        <source>pasted-image-%1-%2.png</source>
        <translation>image-collee-%1-%2.png</translation>
    </message>
    <message>
        <source>The pasted image cannot be kept: %1</source>
        <translation>L’image collée ne peut pas être conservée : %1</translation>
    </message>
    <message>
        <source>The pasted image is empty.</source>
        <translation>L’image collée est vide.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Atta&amp;ch…</source>
        <translation>Jo&amp;indre…</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Envo&amp;yer</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>GET echo</source>
        <translation>Écho GET</translation>
    </message>
    <message>
        <source>POST echo</source>
        <translation>Écho POST</translation>
    </message>
    <message>
        <source>Signed-in enterprise</source>
        <translation>Entreprise connectée</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>The answer does not repeat the text sent (%1).</source>
        <translation>La réponse ne reprend pas le texte envoyé (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Text the echoes send</source>
        <translation>Texte envoyé par les échos</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>Run the connection test</source>
        <translation>Lancer le test de connexion</translation>
    </message>
    <message>
        <source>Te&amp;xt to echo:</source>
        <translation>Te&amp;xte à renvoyer&#xa0;:</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>pas lancé</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Token validity</source>
        <translation>Validité du jeton</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Some checks failed; see above.</source>
        <translation>Des vérifications ont échoué&#xa0;; voir ci-dessus.</translation>
    </message>
    <message>
        <source>OK in %1 ms: %2</source>
        <translation>OK en %1 ms&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Failed after %1 ms: %2</source>
        <translation>Échec après %1 ms&#xa0;: %2</translation>
    </message>
    <message>
        <source>No token, or its lifetime is unknown.</source>
        <translation>Pas de jeton, ou sa durée de vie est inconnue.</translation>
    </message>
    <message>
        <source>valid for %1, until %2; each call pushes this forward</source>
        <translation>valide encore %1, jusqu’à %2&#xa0;; chaque appel la prolonge</translation>
    </message>
</context>
<context>
    <name>ConversationsModel</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Waiting for the client</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Client&apos;s conversations last checked %1</source>
        <translation>Conversations du client vérifiées pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>Client&apos;s conversations not checked yet</source>
        <translation>Conversations du client pas encore vérifiées</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n message non lu</numerusform>
            <numerusform>%1, %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <comment>message count (unread ones)</comment>
        <translation>%1 (+%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n new since this desk last opened it</source>
        <translation>
            <numerusform>%n nouveau depuis la dernière ouverture sur ce poste</numerusform>
            <numerusform>%n nouveaux depuis la dernière ouverture sur ce poste</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nouvelle conversation…</translation>
    </message>
    <message>
        <source>Subject or client</source>
        <translation>Objet ou client</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Ouvertes et closes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>How many requests the background check of the clients&apos; conversations may make per minute</source>
        <translation>Combien de requêtes par minute la vérification en arrière-plan des conversations des clients peut faire</translation>
    </message>
    <message>
        <source>Start a conversation with a client (Ctrl+N)</source>
        <translation>Commencer une conversation avec un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Back&amp;ground checks:</source>
        <translation>&amp;Vérifications :</translation>
    </message>
</context>
<context>
    <name>ConversationsService</name>
    <message>
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un sujet.</translation>
    </message>
    <message>
        <source>No conversation given.</source>
        <translation>Aucune conversation indiquée.</translation>
    </message>
    <message>
        <source>The rating must be between 0 and 5.</source>
        <translation>La note doit être comprise entre 0 et 5.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <source>Ask for one message at least.</source>
        <translation>Demandez au moins un message.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>No uploaded file to send.</source>
        <translation>Aucun fichier téléversé à envoyer.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available, so the secret cannot be stored or read. It is never written to a file instead.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: le secret ne peut être ni enregistré ni lu. Il n’est jamais écrit dans un fichier à la place.</translation>
    </message>
    <message>
        <source>The system keychain is locked or access to it was refused.</source>
        <translation>Le trousseau du système est verrouillé ou son accès a été refusé.</translation>
    </message>
    <message>
        <source>No credentials are stored for this server.</source>
        <translation>Aucun identifiant n’est enregistré pour ce serveur.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Le trousseau du système n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau du système a signalé une erreur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DirectoryFeeder</name>
    <message>
        <source>Filling the client directory from the statistics</source>
        <translation>Remplissage de l’annuaire des clients à partir des statistiques</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n client(s) seen in the statistics</source>
        <translation>
            <numerusform>Chargement de %n client vu dans les statistiques</numerusform>
            <numerusform>Chargement de %n clients vus dans les statistiques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnterpriseService</name>
    <message>
        <source>echo: expected a string, got %1</source>
        <translation>echo : une chaîne était attendue, reçu %1</translation>
    </message>
</context>
<context>
    <name>FailureNotice</name>
    <message>
        <source>Failed request</source>
        <translation>Requête en échec</translation>
    </message>
    <message>
        <source>Dismiss the failure message</source>
        <translation>Masquer le message d’échec</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n times: %1</source>
        <translation>
            <numerusform>Échec (%n fois)&#xa0;: %1</numerusform>
            <numerusform>Échec (%n fois)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Appels&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>No figures</source>
        <translation>Pas de chiffres</translation>
    </message>
    <message>
        <source>No previous month to compare</source>
        <translation>Pas de mois précédent pour comparer</translation>
    </message>
    <message>
        <source>%1%2 vs %3</source>
        <translation>%1%2 par rapport à %3</translation>
    </message>
</context>
<context>
    <name>GenderChart</name>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Clients by gender</source>
        <translation>Clients par sexe</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 % (%n client(s))</source>
        <translation>
            <numerusform>%1 : %2 % (%n client)</numerusform>
            <numerusform>%1 : %2 % (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>No registered client yet.</source>
        <translation>Aucun client inscrit pour l’instant.</translation>
    </message>
    <message>
        <source>Clients by gender (%1)</source>
        <translation>Clients par sexe (%1)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients from CSV</source>
        <translation>Importer des clients depuis un CSV</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>No file chosen. UTF-8, comma or semicolon separated.</source>
        <translation>Aucun fichier choisi. UTF-8, séparé par des virgules ou des points-virgules.</translation>
    </message>
    <message>
        <source>The first line holds the column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>Phone prefix when the file has none</source>
        <translation>Indicatif quand le fichier n’en donne pas</translation>
    </message>
    <message>
        <source>Phone prefix when the file has none:</source>
        <translation>Indicatif quand le fichier n’en donne pas :</translation>
    </message>
    <message>
        <source>These clients accepted the general conditions (when the file has no CGU column)</source>
        <translation>Ces clients ont accepté les conditions générales (quand le fichier n’a pas de colonne CGU)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Client field</source>
        <translation>Champ du client</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>C&amp;ancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 invalid, %4 created, %5 already existing, %6 failed.</source>
        <translation>%1 lignes : %2 prêtes, %3 invalides, %4 créées, %5 déjà existantes, %6 en échec.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d’import</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check / result</source>
        <translation>Vérification / résultat</translation>
    </message>
</context>
<context>
    <name>JsonDecode</name>
    <message>
        <source>is empty but required</source>
        <translation>est vide alors qu’il est obligatoire</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>le booléen %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>la chaîne « %1 »</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1 : un objet était attendu, reçu %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 était attendu, reçu %2</translation>
    </message>
    <message>
        <source>is null but required</source>
        <translation>est null alors qu’il est obligatoire</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>an id (a positive whole number or numeric string)</source>
        <translation>un identifiant (entier positif ou chaîne numérique)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD HH:MM:SS&quot; or null</source>
        <translation>une date « AAAA-MM-JJ HH:MM:SS » ou null</translation>
    </message>
    <message>
        <source>expected an absolute URL, got %1</source>
        <translation>une URL absolue était attendue, reçu %1</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation>un tableau de chaînes était attendu, trouvé %1</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1 : un tableau était attendu, reçu %2</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>un tableau était attendu, reçu %1</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The local data file %1 cannot be read: %2</source>
        <translation>Le fichier de données locales %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The local data file %1 is damaged (not an SQLite database). It was left untouched; move it away to start afresh.</source>
        <translation>Le fichier de données locales %1 est endommagé (ce n’est pas une base SQLite). Il n’a pas été modifié ; déplacez-le pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The local data file %1 is damaged (%2). It was left untouched; move it away to start afresh.</source>
        <translation>Le fichier de données locales %1 est endommagé (%2). Il n’a pas été modifié ; déplacez-le pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The local data file %1 was written by a newer version of the application (format %2; this version knows up to %3). Update the application; the file was left untouched.</source>
        <translation>Le fichier de données locales %1 a été écrit par une version plus récente de l’application (format %2 ; cette version connaît jusqu’au format %3). Mettez l’application à jour ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder for the local data file %1 cannot be created.</source>
        <translation>Le dossier du fichier de données locales %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The local data file %1 cannot be opened: %2</source>
        <translation>Le fichier de données locales %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>Upgrading the local data file to format %1 failed: %2</source>
        <translation>La mise à niveau du fichier de données locales au format %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se souvenir de &amp;moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in to Jobbers One</source>
        <translation>Connexion à Jobbers One</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Address of the Jobbers One API, https (or a local sandbox)</source>
        <translation>Adresse de l’API Jobbers One, en https (ou un bac à sable local)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>The API key of your enterprise, given by Jobbers</source>
        <translation>La clé d’API de votre entreprise, fournie par Jobbers</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>The secret that goes with the API key</source>
        <translation>Le secret associé à la clé d’API</translation>
    </message>
    <message>
        <source>Keep the secret in the system keychain and sign in without asking next time</source>
        <translation>Garder le secret dans le trousseau du système et se connecter sans le redemander la prochaine fois</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Sign in with your enterprise&apos;s API key and secret.</source>
        <translation>Connectez-vous avec la clé d’API et le secret de votre entreprise.</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se connec&amp;ter</translation>
    </message>
    <message>
        <source>Enter the address of the API.</source>
        <translation>Saisissez l’adresse de l’API.</translation>
    </message>
    <message>
        <source>This is not a web address, e.g. https://www.jobbers.com.</source>
        <translation>Ce n’est pas une adresse web valide, par exemple https://www.jobbers.com.</translation>
    </message>
    <message>
        <source>Use an https address (plain http is only allowed for a local sandbox).</source>
        <translation>Utilisez une adresse https (le http simple n’est accepté que pour un bac à sable local).</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d’API.</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>Saisissez le secret.</translation>
    </message>
    <message>
        <source>Wrong API key or secret. Check both and try again.</source>
        <translation>Clé d’API ou secret incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the server at this address. Check the address and your Internet connection.</source>
        <translation>Impossible de joindre le serveur à cette adresse. Vérifiez l’adresse et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The Jobbers service is temporarily unavailable. Try again in a few minutes.</source>
        <translation>Le service Jobbers est momentanément indisponible. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable, so the stored secret cannot be read. Unlock it, or type the secret and sign in without &quot;Remember me&quot;.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible&#xa0;: le secret enregistré ne peut pas être lu. Déverrouillez-le, ou saisissez le secret et connectez-vous sans «&#xa0;Se souvenir de moi&#xa0;».</translation>
    </message>
    <message>
        <source>No server is known by the name %1. Check the address for a typing mistake.</source>
        <translation>Aucun serveur ne porte le nom %1. Vérifiez que l&apos;adresse ne contient pas de faute de frappe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out of the Jobbers One API</source>
        <translation>Se déconnecter de l’API Jobbers One</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find client…</source>
        <translation>&amp;Rechercher un client…</translation>
    </message>
    <message>
        <source>Find a client by email, name or id (Ctrl+F)</source>
        <translation>Rechercher un client par e-mail, nom ou identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a new item in the current section (Ctrl+N)</source>
        <translation>Créer un nouvel élément dans la section en cours (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the current section from the API (F5)</source>
        <translation>Recharger la section en cours depuis l’API (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Jobbers Back Office</source>
        <translation>À &amp;propos de Jobbers Back Office</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sections (Ctrl+1 to Ctrl+5)</source>
        <translation>Sections (Ctrl+1 à Ctrl+5)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>About Jobbers Back Office</source>
        <translation>À propos de Jobbers Back Office</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobbers Back Office&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Jobbers Back Office&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The back office of concierge staff for the Jobbers One API: clients, passes, statistics, conversations and administration.</source>
        <translation>Le back-office des équipes de conciergerie pour l’API Jobbers One&#xa0;: clients, pass, statistiques, conversations et administration.</translation>
    </message>
    <message>
        <source>Test the &amp;connection…</source>
        <translation>Tester la &amp;connexion…</translation>
    </message>
    <message>
        <source>Echo, signed-in enterprise, groups and the token&apos;s validity</source>
        <translation>Écho, entreprise connectée, groupes et validité du jeton</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se connec&amp;ter…</translation>
    </message>
    <message>
        <source>Sign in to the Jobbers One API</source>
        <translation>Se connecter à l&apos;API Jobbers One</translation>
    </message>
    <message>
        <source>Demo — %1</source>
        <translation>Démo — %1</translation>
    </message>
</context>
<context>
    <name>MessageImageHelper</name>
    <message>
        <source>Loading image…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <source>Image not shown</source>
        <translation>Image non affichée</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Email or client id</source>
        <translation>E-mail ou identifiant du client</translation>
    </message>
    <message>
        <source>What the client asks for</source>
        <translation>Ce que demande le client</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Choose a client of the directory by email or id.</source>
        <translation>Choisissez un client de l’annuaire par son e-mail ou son identifiant.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un objet.</translation>
    </message>
</context>
<context>
    <name>NoLoginView</name>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Ouvrir la fiche client</translation>
    </message>
    <message>
        <source>Copy sign-&amp;in link</source>
        <translation>Copier un lien de connexion &amp;unique</translation>
    </message>
    <message>
        <source>Clients who never signed in</source>
        <translation>Clients jamais connectés</translation>
    </message>
    <message>
        <source>Open the selected client in the client directory</source>
        <translation>Ouvrir le client choisi dans l’annuaire des clients</translation>
    </message>
    <message>
        <source>Copy a one-time sign-in link for the selected client</source>
        <translation>Copier un lien de connexion à usage unique pour le client choisi</translation>
    </message>
    <message>
        <source>Clients &amp;who never signed in: none this month.</source>
        <translation>Clients &amp;jamais connectés : aucun ce mois-ci.</translation>
    </message>
    <message>
        <source>Clients &amp;who never signed in to Jobbers: %1</source>
        <translation>Clients &amp;jamais connectés à Jobbers : %1</translation>
    </message>
</context>
<context>
    <name>OrdersChart</name>
    <message>
        <source>Share of orders</source>
        <translation>Part des commandes</translation>
    </message>
    <message>
        <source>Orders by category</source>
        <translation>Commandes par catégorie</translation>
    </message>
    <message>
        <source>%1: %2 % of the orders</source>
        <translation>%1 : %2 % des commandes</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Catégorie %1</translation>
    </message>
    <message numerus="yes">
        <source>Orders by category (%n order(s))</source>
        <translation>
            <numerusform>Commandes par catégorie (%n commande)</numerusform>
            <numerusform>Commandes par catégorie (%n commandes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), without a breakdown by category.</source>
        <translation>
            <numerusform>%n commande, sans détail par catégorie.</numerusform>
            <numerusform>%n commandes, sans détail par catégorie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No order this month.</source>
        <translation>Aucune commande ce mois-ci.</translation>
    </message>
    <message>
        <source>%1 %  %2</source>
        <translation>%1 %  %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>“%1” cannot be found.</source>
        <translation>« %1 » est introuvable.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the %3 allowed.</source>
        <translation>« %1 » fait %2, plus que les %3 permis.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Aucune conversation n’est ouverte.</translation>
    </message>
    <message>
        <source>The message could not be saved on this computer, so it was not sent.</source>
        <translation>Le message n’a pas pu être enregistré sur cet ordinateur ; il n’a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>no usable media URL in the answer</source>
        <translation>pas d’URL de média utilisable dans la réponse</translation>
    </message>
    <message>
        <source>the answer has no message id</source>
        <translation>la réponse n’a pas d’identifiant de message</translation>
    </message>
</context>
<context>
    <name>OutboxMachine</name>
    <message numerus="yes">
        <source>The server did not confirm the message after %n attempts, and it is not in the conversation.</source>
        <translation>
            <numerusform>Le serveur n’a pas confirmé le message après %n tentative, et il n’est pas dans la conversation.</numerusform>
            <numerusform>Le serveur n’a pas confirmé le message après %n tentatives, et il n’est pas dans la conversation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation could not be read to check whether the message arrived: %1</source>
        <translation>La conversation n’a pas pu être lue pour vérifier si le message est arrivé : %1</translation>
    </message>
    <message>
        <source>The server refused the file: %1 is more than it accepts.</source>
        <translation>Le serveur a refusé le fichier : %1, c’est plus qu’il n’accepte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Uploading… %1</source>
        <translation>Envoi du fichier… %1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi du fichier…</translation>
    </message>
    <message>
        <source>Sending (attempt %1)…</source>
        <translation>Envoi (tentative %1)…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
</context>
<context>
    <name>OutboxRowActions</name>
    <message>
        <source>Retry</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Retry sending “%1”</source>
        <translation>Renvoyer « %1 »</translation>
    </message>
    <message>
        <source>Send it again (Enter)</source>
        <translation>L’envoyer à nouveau (Entrée)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard “%1”</source>
        <translation>Abandonner « %1 »</translation>
    </message>
    <message>
        <source>Forget this message (Delete)</source>
        <translation>Oublier ce message (Suppr)</translation>
    </message>
</context>
<context>
    <name>OutboxServiceTransport</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>OverviewHeader</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Connected to the embedded sandbox: sample data, nothing real is changed</source>
        <translation>Connecté au bac à sable intégré&#xa0;: données d’exemple, rien de réel n’est modifié</translation>
    </message>
    <message>
        <source>Enterprise %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in to see the enterprise and its groups.</source>
        <translation>Connectez-vous pour voir l’entreprise et ses groupes.</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Groupes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OwnWebhooks</name>
    <message>
        <source>Used by this application</source>
        <translation>Utilisé par cette application</translation>
    </message>
</context>
<context>
    <name>PassAssigner</name>
    <message>
        <source>No local data file.</source>
        <translation>Aucun fichier de données locales.</translation>
    </message>
    <message>
        <source>The payment reference could not be saved; nothing was sent.</source>
        <translation>La référence de paiement n’a pas pu être enregistrée ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>PassStockModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Expired on %1: no pass can be taken from this stock.</source>
        <translation>Expiré le %1 : aucun pass ne peut être pris dans ce stock.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1.</numerusform>
            <numerusform>Expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pass left in this stock.</source>
        <translation>Plus aucun pass dans ce stock.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
</context>
<context>
    <name>PassesPage</name>
    <message>
        <source>Stock of passes</source>
        <translation>Stock de pass</translation>
    </message>
    <message>
        <source>Assign a pass</source>
        <translation>Attribuer un pass</translation>
    </message>
    <message>
        <source>Client email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Stock to take the pass from</source>
        <translation>Stock d’où prendre le pass</translation>
    </message>
    <message>
        <source>&amp;Stock:</source>
        <translation>&amp;Stock :</translation>
    </message>
    <message>
        <source>&amp;Assign the pass</source>
        <translation>A&amp;ttribuer le pass</translation>
    </message>
    <message>
        <source>Assign the pass</source>
        <translation>Attribuer le pass</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>Fact&amp;ure…</translation>
    </message>
    <message>
        <source>Ask for the invoice of the last assignment</source>
        <translation>Demander la facture de la dernière attribution</translation>
    </message>
    <message>
        <source>Assigning a pass to %1…</source>
        <translation>Attribution d’un pass à %1…</translation>
    </message>
    <message>
        <source>This pass was already assigned to %1 (reference %2). Subscription ends on %3.</source>
        <translation>Ce pass avait déjà été attribué à %1 (référence %2). L’abonnement se termine le %3.</translation>
    </message>
    <message>
        <source>%1
The assignment may or may not have been made; assigning again is safe (same reference).</source>
        <translation>%1
L’attribution a peut-être été faite ; attribuer à nouveau est sans risque (même référence).</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n left)</source>
        <translation>
            <numerusform>%1 — %2 (%n restant)</numerusform>
            <numerusform>%1 — %2 (%n restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the client&apos;s email.</source>
        <translation>Saisissez l’e-mail du client.</translation>
    </message>
    <message>
        <source>No stock has passes left to assign.</source>
        <translation>Aucun stock n’a de pass à attribuer.</translation>
    </message>
    <message>
        <source>An assignment is already on its way.</source>
        <translation>Une attribution est déjà en cours.</translation>
    </message>
    <message>
        <source>The reference could not be stored: %1</source>
        <translation>La référence n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Asking for the invoice of %1…</source>
        <translation>Demande de la facture de %1…</translation>
    </message>
    <message>
        <source>The server does not make invoices yet (HTTP %1, not implemented).</source>
        <translation>Le serveur ne produit pas encore de factures (HTTP %1, non implémenté).</translation>
    </message>
    <message>
        <source>The invoice of %1: %2</source>
        <translation>La facture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your payment id; made up if left empty</source>
        <translation>Votre identifiant de paiement ; créé s&apos;il est laissé vide</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence de paiement</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>&amp;Référence de paiement :</translation>
    </message>
    <message>
        <source>Pass assigned to %1 (payment reference %2). The subscription now ends on %3.</source>
        <translation>Pass attribué à %1 (référence de paiement %2). L&apos;abonnement se termine désormais le %3.</translation>
    </message>
    <message>
        <source>Assign it again?</source>
        <translation>L&apos;attribuer à nouveau ?</translation>
    </message>
    <message>
        <source>A pass of this stock was assigned to %1 less than a minute ago.</source>
        <translation>Un pass de ce stock a été attribué à %1 il y a moins d&apos;une minute.</translation>
    </message>
    <message numerus="yes">
        <source>A pass of this stock was assigned to %1 %n minute(s) ago.</source>
        <translation>
            <numerusform>Un pass de ce stock a été attribué à %1 il y a %n minute.</numerusform>
            <numerusform>Un pass de ce stock a été attribué à %1 il y a %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a second pass?</source>
        <translation>Attribuer un second pass ?</translation>
    </message>
    <message>
        <source>Assign a &amp;second pass</source>
        <translation>Attribuer un &amp;second pass</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The subscription will end on %1.</source>
        <translation>L&apos;abonnement se terminera le %1.</translation>
    </message>
    <message>
        <source>%1 (not looked up yet: name unknown)</source>
        <translation>%1 (pas encore recherché : nom inconnu)</translation>
    </message>
    <message>
        <source>The subscription will end on %1 at the earliest (the current end is not known here).</source>
        <translation>L&apos;abonnement se terminera au plus tôt le %1 (la fin actuelle n&apos;est pas connue ici).</translation>
    </message>
    <message>
        <source>Assign a pass to %1?</source>
        <translation>Attribuer un pass à %1 ?</translation>
    </message>
    <message>
        <source>Stock: %1, price %2.</source>
        <translation>Stock : %1, prix %2.</translation>
    </message>
    <message>
        <source>A payment reference will be made up.</source>
        <translation>Une référence de paiement sera créée.</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>Référence de paiement : %1</translation>
    </message>
    <message>
        <source>Choose the stock, then Assign the pass (Alt+A).</source>
        <translation>Choisissez le stock, puis Attribuer le pass (Alt+T).</translation>
    </message>
    <message numerus="yes">
        <source>expires within %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour au plus</numerusform>
            <numerusform>expire dans %n jours au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>past its expiration date</source>
        <translation>date d&apos;expiration passée</translation>
    </message>
    <message>
        <source>no pass left</source>
        <translation>plus aucun pass</translation>
    </message>
    <message>
        <source>The Jobbers One API does not offer invoices yet.</source>
        <translation>L&apos;API Jobbers One ne fournit pas encore de factures.</translation>
    </message>
    <message>
        <source>(not offered by the API yet)</source>
        <translation>(pas encore fournie par l&apos;API)</translation>
    </message>
</context>
<context>
    <name>PassesService</name>
    <message>
        <source>Choose a client.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>Choose a stock of passes.</source>
        <translation>Choisissez un stock de pass.</translation>
    </message>
    <message>
        <source>A payment reference is needed.</source>
        <translation>Une référence de paiement est nécessaire.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not available yet in this version.</source>
        <translation>Cette section n’est pas encore disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>PostalCodes</name>
    <message>
        <source>A French postal code has five digits, like 75002.</source>
        <translation>Un code postal français a cinq chiffres, par exemple 75002.</translation>
    </message>
    <message>
        <source>A Belgian postal code has four digits, like 1000.</source>
        <translation>Un code postal belge a quatre chiffres, par exemple 1000.</translation>
    </message>
    <message>
        <source>A Swiss postal code has four digits, like 8001.</source>
        <translation>Un code postal suisse a quatre chiffres, par exemple 8001.</translation>
    </message>
    <message>
        <source>A Luxembourg postal code has four digits, like 1009 (or L-1009).</source>
        <translation>Un code postal luxembourgeois a quatre chiffres, par exemple 1009 (ou L-1009).</translation>
    </message>
    <message>
        <source>A Monaco postal code has five digits starting with 980, like 98000.</source>
        <translation>Un code postal monégasque a cinq chiffres commençant par 980, par exemple 98000.</translation>
    </message>
    <message>
        <source>A Spanish postal code has five digits, from 01000 to 52999, like 28013.</source>
        <translation>Un code postal espagnol a cinq chiffres, de 01000 à 52999, par exemple 28013.</translation>
    </message>
    <message>
        <source>A German postal code has five digits, like 10115.</source>
        <translation>Un code postal allemand a cinq chiffres, par exemple 10115.</translation>
    </message>
    <message>
        <source>An Italian postal code has five digits, like 00184.</source>
        <translation>Un code postal italien a cinq chiffres, par exemple 00184.</translation>
    </message>
    <message>
        <source>A British postcode looks like SW1A 1AA.</source>
        <translation>Un code postal britannique s&apos;écrit comme SW1A 1AA.</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <source>Tasks in progress</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avancement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Stop &quot;%1&quot;</source>
        <translation>Arrêter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Used at the next sign-in</source>
        <translation>Utilisée à la prochaine connexion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies when the application restarts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Polling interval for conversations</source>
        <translation>Intervalle de relève des conversations</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>How often open conversations are checked for new messages</source>
        <translation>Fréquence à laquelle les conversations ouvertes sont vérifiées pour de nouveaux messages</translation>
    </message>
    <message>
        <source>Key that sends a message</source>
        <translation>Touche d’envoi d’un message</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter for a new line)</source>
        <translation>Entrée (Maj+Entrée pour un retour à la ligne)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter for a new line)</source>
        <translation>Ctrl+Entrée (Entrée pour un retour à la ligne)</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check conversations every:</source>
        <translation>&amp;Vérifier les conversations toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Send &amp;messages with:</source>
        <translation>Envoyer les &amp;messages avec&#xa0;:</translation>
    </message>
    <message>
        <source>Use an https address (plain http is only allowed for a local sandbox).</source>
        <translation>Utilisez une adresse https (le http simple n’est accepté que pour un bac à sable local).</translation>
    </message>
    <message>
        <source>&amp;Test the connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Test the connection to the configured server</source>
        <translation>Tester la connexion au serveur configuré</translation>
    </message>
</context>
<context>
    <name>ShellController</name>
    <message>
        <source>Signed in, but the secret could not be remembered: %1</source>
        <translation>Connecté, mais le secret n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signing in with the stored credentials…</source>
        <translation>Connexion avec les identifiants enregistrés…</translation>
    </message>
    <message>
        <source>Signed in to enterprise %1</source>
        <translation>Connecté à l’entreprise %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session has expired: sign in again.</source>
        <translation>La session a expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session has expired and could not be renewed. Sign in again.</source>
        <translation>La session a expiré et n’a pas pu être renouvelée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of the Jobbers One API?</source>
        <translation>Se déconnecter de l’API Jobbers One&#xa0;?</translation>
    </message>
    <message>
        <source>Also forget the secret stored on this computer</source>
        <translation>Oublier aussi le secret enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Signed out. Sign in from the window or the File menu.</source>
        <translation>Déconnecté. Reconnectez-vous depuis la fenêtre ou le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Sign in with the enterprise&apos;s API key to see its clients, passes and conversations.</source>
        <translation>Connectez-vous avec la clé d&apos;API de l&apos;entreprise pour voir ses clients, ses pass et ses conversations.</translation>
    </message>
    <message>
        <source>Sign in to the Jobbers One API</source>
        <translation>Se connecter à l&apos;API Jobbers One</translation>
    </message>
</context>
<context>
    <name>StarRating</name>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 étoiles sur 5</translation>
    </message>
    <message>
        <source>Click a star or type 0 to 5</source>
        <translation>Cliquez sur une étoile ou tapez 0 à 5</translation>
    </message>
</context>
<context>
    <name>StateLegend</name>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StatePalette</name>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>StatsAge</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsCsvWriter</name>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>N° de groupe</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Calculé le</translation>
    </message>
    <message>
        <source>Requests (total)</source>
        <translation>Demandes (cumul)</translation>
    </message>
    <message>
        <source>Requests (month)</source>
        <translation>Demandes (mois)</translation>
    </message>
    <message>
        <source>Passes (total)</source>
        <translation>Pass (cumul)</translation>
    </message>
    <message>
        <source>Passes (month)</source>
        <translation>Pass (mois)</translation>
    </message>
    <message>
        <source>Clients (total)</source>
        <translation>Clients (cumul)</translation>
    </message>
    <message>
        <source>Clients (month)</source>
        <translation>Nouveaux clients (mois)</translation>
    </message>
    <message>
        <source>Women %</source>
        <translation>Femmes %</translation>
    </message>
    <message>
        <source>Men %</source>
        <translation>Hommes %</translation>
    </message>
    <message>
        <source>Gender unknown %</source>
        <translation>Sexe non précisé %</translation>
    </message>
    <message>
        <source>Clients never signed in</source>
        <translation>Clients jamais connectés</translation>
    </message>
    <message>
        <source>Average conversation rating</source>
        <translation>Note moyenne des conversations</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Share of conversations %</source>
        <translation>Part des conversations %</translation>
    </message>
    <message>
        <source>Category id</source>
        <translation>N° de catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Share of orders %</source>
        <translation>Part des commandes %</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>StatsFigures</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Passes used</source>
        <translation>Pass utilisés</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
</context>
<context>
    <name>StatsGroupsModel</name>
    <message>
        <source>Whole enterprise</source>
        <translation>Toute l’entreprise</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>%1 the month before (%2)</source>
        <translation>%1 le mois précédent (%2)</translation>
    </message>
    <message>
        <source>Requests made this month (delta_requests)</source>
        <translation>Demandes faites ce mois-ci (delta_requests)</translation>
    </message>
    <message>
        <source>Passes used this month (delta_passes)</source>
        <translation>Pass utilisés ce mois-ci (delta_passes)</translation>
    </message>
    <message>
        <source>Clients registered this month (delta_clients)</source>
        <translation>Clients inscrits ce mois-ci (delta_clients)</translation>
    </message>
    <message>
        <source>Clients registered at the end of the month (total_clients)</source>
        <translation>Clients inscrits à la fin du mois (total_clients)</translation>
    </message>
    <message>
        <source>Clients who have never signed in to Jobbers</source>
        <translation>Clients qui ne se sont jamais connectés à Jobbers</translation>
    </message>
    <message>
        <source>Enterprise or group</source>
        <translation>Entreprise ou groupe</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Jamais connectés</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>StatsMonthView</name>
    <message>
        <source>Hide &amp;zero tags</source>
        <translation>Masquer les étiquettes à &amp;zéro</translation>
    </message>
    <message>
        <source>Hide tags no conversation used</source>
        <translation>Masquer les étiquettes qu’aucune conversation n’a utilisées</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Mo&amp;nth:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Enterprise or &amp;group:</source>
        <translation>Entreprise ou &amp;groupe :</translation>
    </message>
    <message>
        <source>Enterprise or group</source>
        <translation>Entreprise ou groupe</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>Enterprise and groups side by side</source>
        <translation>L’entreprise et ses groupes côte à côte</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>Copier le ta&amp;bleau</translation>
    </message>
    <message>
        <source>Copy the groups table for a spreadsheet</source>
        <translation>Copier le tableau des groupes pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>Le mo&amp;is</translation>
    </message>
    <message>
        <source>Grou&amp;ps</source>
        <translation>Grou&amp;pes</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <source>Never &amp;signed in</source>
        <translation>Jamais &amp;connectés</translation>
    </message>
    <message>
        <source>&amp;CSV files for a spreadsheet…</source>
        <translation>&amp;Fichiers CSV pour un tableur…</translation>
    </message>
    <message>
        <source>&amp;PDF report of the month…</source>
        <translation>Rapport &amp;PDF du mois…</translation>
    </message>
    <message>
        <source>Charts as P&amp;NG images…</source>
        <translation>Graphiques en images P&amp;NG…</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG drawings…</source>
        <translation>Graphiques en dessins &amp;SVG…</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>Month in progress: its figures will still change.</source>
        <translation>Mois en cours : ses chiffres vont encore changer.</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Ce mois n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>Figures calculated on %1 at %2.</source>
        <translation>Chiffres calculés le %1 à %2.</translation>
    </message>
    <message>
        <source>Fetched %1%2.</source>
        <translation>Récupérés %1%2.</translation>
    </message>
    <message>
        <source>, kept on this computer</source>
        <translation>, conservés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This month could not be loaded: %1 (press F5 to try again).</source>
        <translation>Ce mois n’a pas pu être chargé : %1 (F5 pour réessayer).</translation>
    </message>
    <message>
        <source>Sign-in links cannot be made here.</source>
        <translation>Les liens de connexion ne peuvent pas être créés ici.</translation>
    </message>
    <message>
        <source>Asking for a sign-in link for %1…</source>
        <translation>Demande d’un lien de connexion pour %1…</translation>
    </message>
    <message>
        <source>A one-time sign-in link for %1 was copied; it works once, within an hour.</source>
        <translation>Un lien de connexion à usage unique pour %1 a été copié ; il fonctionne une fois, dans l’heure.</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Il n’y a pas encore de chiffres à exporter.</translation>
    </message>
    <message>
        <source>There are no figures for this month yet.</source>
        <translation>Il n’y a pas encore de chiffres pour ce mois.</translation>
    </message>
    <message>
        <source>CSV for Excel or LibreOffice in French, semicolons (*.csv)</source>
        <translation>CSV pour Excel ou LibreOffice en français, points-virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation>CSV avec virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas, without byte-order mark (*.csv)</source>
        <translation>CSV avec virgules, sans indicateur d’ordre des octets (*.csv)</translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation>Exporter les statistiques en CSV</translation>
    </message>
    <message>
        <source>Save the month&apos;s report</source>
        <translation>Enregistrer le rapport du mois</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation>Dossier des images des graphiques</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s) (see the CSV export)</source>
        <translation>
            <numerusform>… et %n autre groupe (voir l’export CSV)</numerusform>
            <numerusform>… et %n autres groupes (voir l’export CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole enterprise</source>
        <translation>Toute l’entreprise</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Statistics for %1</source>
        <translation>Statistiques de %1</translation>
    </message>
    <message>
        <source>figures calculated on %1 at %2</source>
        <translation>chiffres calculés le %1 à %2</translation>
    </message>
    <message>
        <source>month in progress: figures will still change</source>
        <translation>mois en cours : les chiffres vont encore changer</translation>
    </message>
    <message>
        <source>Changes against %1.</source>
        <translation>Évolutions par rapport à %1.</translation>
    </message>
    <message>
        <source>No figures for the month before: no change shown.</source>
        <translation>Pas de chiffres pour le mois précédent : aucune évolution indiquée.</translation>
    </message>
    <message>
        <source>%1 clients registered in all, %2 of them never signed in; %3 requests and %4 passes since the start.</source>
        <translation>%1 clients inscrits au total, dont %2 jamais connectés ; %3 demandes et %4 pass depuis le début.</translation>
    </message>
    <message>
        <source>Jobbers Back Office · generated on %1</source>
        <translation>Jobbers Back Office · généré le %1</translation>
    </message>
    <message>
        <source>The report %1 cannot be written.</source>
        <translation>Le rapport %1 ne peut pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>StatsService</name>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Le mois doit être compris entre 1 et 12.</translation>
    </message>
    <message>
        <source>The year must have four digits.</source>
        <translation>L’année doit comporter quatre chiffres.</translation>
    </message>
</context>
<context>
    <name>StatsTagNames</name>
    <message>
        <source>Sports</source>
        <translation>Sports</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <source>Home services</source>
        <translation>Services à domicile</translation>
    </message>
    <message>
        <source>Personal services</source>
        <translation>Services aux particuliers</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Cars and motorbikes</source>
        <translation>Auto-moto</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Administratif</translation>
    </message>
    <message>
        <source>Moving house</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>Weddings and civil unions</source>
        <translation>Mariage et PACS</translation>
    </message>
    <message>
        <source>Stag and hen parties</source>
        <translation>EVG et EVJF</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Romantique</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Fêtes</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Good deals</source>
        <translation>Bons plans</translation>
    </message>
</context>
<context>
    <name>StatsTrendLoader</name>
    <message>
        <source>Statistics for %1</source>
        <translation>Statistiques de %1</translation>
    </message>
    <message numerus="yes">
        <source>Statistics: %n month(s)</source>
        <translation>
            <numerusform>Statistiques : %n mois</numerusform>
            <numerusform>Statistiques : %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsTrendModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation>Récupéré le %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>StatsTrendsView</name>
    <message>
        <source>R&amp;etry month</source>
        <translation>R&amp;echarger le mois</translation>
    </message>
    <message>
        <source>Copy t&amp;able</source>
        <translation>Copier le tab&amp;leau</translation>
    </message>
    <message>
        <source>Mont&amp;hs shown:</source>
        <translation>&amp;Nombre de mois :</translation>
    </message>
    <message>
        <source>Number of months shown</source>
        <translation>Nombre de mois affichés</translation>
    </message>
    <message>
        <source>Colour key of the trend charts</source>
        <translation>Légende des graphiques de tendance</translation>
    </message>
    <message>
        <source>Month over month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Load the selected month again</source>
        <translation>Charger à nouveau le mois choisi</translation>
    </message>
    <message>
        <source>Copy the month-over-month table for a spreadsheet</source>
        <translation>Copier le tableau mois par mois pour un tableur</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>Rien n’est encore chargé.</translation>
    </message>
    <message>
        <source>Oldest figures shown fetched %1.</source>
        <translation>Chiffres affichés les plus anciens récupérés %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) from this computer.</source>
        <translation>
            <numerusform>%n mois depuis cet ordinateur.</numerusform>
            <numerusform>%n mois depuis cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n month(s)…</source>
        <translation>
            <numerusform>Actualisation de %n mois…</numerusform>
            <numerusform>Actualisation de %n mois…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) could not be loaded: select and retry.</source>
        <translation>
            <numerusform>%n mois n’a pas pu être chargé : sélectionnez-le et rechargez.</numerusform>
            <numerusform>%n mois n’ont pas pu être chargés : sélectionnez-les et rechargez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsWiring</name>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>State of the connection to the Jobbers One API</source>
        <translation>État de la connexion à l’API Jobbers One</translation>
    </message>
    <message>
        <source>The enterprise this session works for</source>
        <translation>L’entreprise pour laquelle travaille cette session</translation>
    </message>
    <message>
        <source>The access token: renewed automatically with the stored credentials when it expires</source>
        <translation>Le jeton d’accès&#xa0;: renouvelé automatiquement avec les identifiants quand il expire</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1, next try in %2 s)</source>
        <translation>Reconnexion (tentative %1, prochain essai dans %2&#xa0;s)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Token valid</source>
        <translation>Jeton valide</translation>
    </message>
    <message>
        <source>Token renewing…</source>
        <translation>Renouvellement du jeton…</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <source>Enterprise %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message>
        <source>No enterprise</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Tester…</translation>
    </message>
    <message>
        <source>Test the connection: echo, enterprise, groups and token</source>
        <translation>Tester la connexion&#xa0;: écho, entreprise, groupes et jeton</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
</context>
<context>
    <name>TagsChart</name>
    <message>
        <source>Share of conversations</source>
        <translation>Part des conversations</translation>
    </message>
    <message>
        <source>Conversation tags</source>
        <translation>Étiquettes des conversations</translation>
    </message>
    <message>
        <source>%1: %2 % of the month&apos;s conversations</source>
        <translation>%1 : %2 % des conversations du mois</translation>
    </message>
    <message>
        <source>No tag figures for this month.</source>
        <translation>Pas de chiffres d’étiquettes pour ce mois.</translation>
    </message>
    <message>
        <source>No conversation was tagged this month.</source>
        <translation>Aucune conversation n’a été étiquetée ce mois-ci.</translation>
    </message>
    <message>
        <source>%1  %2 %</source>
        <translation>%1  %2 %</translation>
    </message>
</context>
<context>
    <name>TechnologyDelegate</name>
    <message>
        <source>Technology type</source>
        <translation>Type de technologie</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Concierge</source>
        <translation>Conciergerie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>%1
%2
Click to open; right-click to save.</source>
        <translation>%1
%2
Cliquer pour ouvrir ; clic droit pour enregistrer.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>TimelineRowsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new message(s)</source>
        <translation>
            <numerusform>↓ %n nouveau message</numerusform>
            <numerusform>↓ %n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the newest message (End)</source>
        <translation>Aller au message le plus récent (Fin)</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>Copy &amp;link address</source>
        <translation>Copier l&apos;&amp;adresse du lien</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>Ou&amp;vrir la pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Save attachment as…</source>
        <translation>&amp;Enregistrer la pièce jointe sous…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Requests per month</source>
        <translation>Demandes par mois</translation>
    </message>
    <message>
        <source>Passes used per month</source>
        <translation>Pass utilisés par mois</translation>
    </message>
    <message>
        <source>New clients per month</source>
        <translation>Nouveaux clients par mois</translation>
    </message>
    <message>
        <source>Whole enterprise</source>
        <translation>Toute l’entreprise</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <translation>%1, %2 : %3 %4</translation>
    </message>
    <message>
        <source>Choose the months to show.</source>
        <translation>Choisissez les mois à afficher.</translation>
    </message>
    <message>
        <source>No month of this range could be loaded yet.</source>
        <translation>Aucun mois de cette période n’a encore pu être chargé.</translation>
    </message>
</context>
<context>
    <name>WebhookListModel</name>
    <message>
        <source>This application: %1</source>
        <translation>Cette application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registered by this application (%1); deleting it would stop that part of the application.</source>
        <translation>Enregistré par cette application (%1)&#xa0;; le supprimer arrêterait cette partie de l’application.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Target URL</source>
        <translation>URL cible</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
</context>
<context>
    <name>WebhookTarget</name>
    <message>
        <source>Enter the address the server should call.</source>
        <translation>Saisissez l’adresse que le serveur doit appeler.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Ce n’est pas une adresse valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address must be absolute and start with https:// (or http://).</source>
        <translation>L’adresse doit être absolue et commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L’adresse n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password: anyone with the API key could read them in the list of webhooks.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;: quiconque a la clé d’API pourrait les lire dans la liste des webhooks.</translation>
    </message>
    <message>
        <source>Plain http:// to %1: the notifications, with the clients&apos; messages, would cross the network unencrypted. Prefer https://.</source>
        <translation>http:// simple vers %1&#xa0;: les notifications, avec les messages des clients, traverseraient le réseau sans chiffrement. Préférez https://.</translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <source>Message webhooks</source>
        <translation>Webhooks de messages</translation>
    </message>
    <message>
        <source>Box webhooks</source>
        <translation>Webhooks de boîtes</translation>
    </message>
    <message>
        <source>Target URL of the new webhook</source>
        <translation>URL cible du nouveau webhook</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add the webhook</source>
        <translation>A&amp;jouter le webhook</translation>
    </message>
    <message>
        <source>Add a webhook with this target URL</source>
        <translation>Ajouter un webhook avec cette URL cible</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>Supprimer le webhook sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload the list of webhooks</source>
        <translation>Recharger la liste des webhooks</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The server refused the address: %1</source>
        <translation>Le serveur a refusé l’adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>This webhook is the application&apos;s own: deleting it would stop a part of the application.</source>
        <translation>Ce webhook est celui de l’application&#xa0;: le supprimer arrêterait une partie de l’application.</translation>
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
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <source>Webhook added: %1</source>
        <translation>Webhook ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete the webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete webhook %1?
%2
It will no longer be called.</source>
        <translation>Supprimer le webhook %1&#xa0;?
%2
Il ne sera plus appelé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting webhook %1…</source>
        <translation>Suppression du webhook %1…</translation>
    </message>
    <message>
        <source>Webhook %1 deleted.</source>
        <translation>Webhook %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>WebhooksService</name>
    <message>
        <source>names webhook %1, not %2</source>
        <translation>désigne le webhook %1, pas %2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Saisissez une adresse http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back office for the Jobbers One API.</source>
        <translation>Back-office pour l’API Jobbers One.</translation>
    </message>
    <message>
        <source>Start an embedded sandbox of the API with sample data and sign in to it.</source>
        <translation>Démarrer un bac à sable intégré de l’API avec des données d’exemple et s’y connecter.</translation>
    </message>
    <message>
        <source>Address of the API.</source>
        <translation>Adresse de l’API.</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Forget every setting and the window layout.</source>
        <translation>Oublier tous les paramètres et la disposition des fenêtres.</translation>
    </message>
</context>
</TS>
