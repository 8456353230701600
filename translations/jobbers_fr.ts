<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
            <numerusform>Conversations vérifiées pour %1 client sur %n, jusqu’à %2 requêtes par minute.</numerusform>
            <numerusform>Conversations vérifiées pour %1 clients sur %n, jusqu’à %2 requêtes par minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check failed: %1</source>
        <translation>Dernière vérification en échec : %1</translation>
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
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Code &amp;postal</translation>
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
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
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
        <source>This client is inactive (deactivated). The record stays readable.</source>
        <translation>Ce client est inactif (désactivé). Sa fiche reste consultable.</translation>
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
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>%1 was created. The API generated this password for the client:</source>
        <translation>%1 a été créé. L’API a généré ce mot de passe pour le client :</translation>
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
    <name>ClientImportFields</name>
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
        <source>A French postal code has five digits.</source>
        <translation>Un code postal français compte cinq chiffres.</translation>
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
        <source>Last seen</source>
        <translation>Vu le</translation>
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
        <translation>&amp;Ouvrir…</translation>
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
        <translation>Cop&amp;ier le lien de connexion</translation>
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
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
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
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 nouv.)</translation>
    </message>
    <message>
        <source>Client&apos;s conversations last checked %1</source>
        <translation>Conversations du client vérifiées le %1</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
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
        <source>Jobbers Back Office</source>
        <translation>Jobbers Back Office</translation>
    </message>
    <message>
        <source>%1 — Demo</source>
        <translation>%1 — Démo</translation>
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
</context>
<context>
    <name>MessageImageHelper</name>
    <message>
        <source>Loading image…</source>
        <translation>Chargement de l’image…</translation>
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
        <translation>&amp;Attribuer le pass</translation>
    </message>
    <message>
        <source>Assign the pass</source>
        <translation>Attribuer le pass</translation>
    </message>
    <message>
        <source>&amp;Invoice…</source>
        <translation>&amp;Facture…</translation>
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
        <source>Pass assigned to %1. The subscription now ends on %2.</source>
        <translation>Pass attribué à %1. L’abonnement se termine désormais le %2.</translation>
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
        <translation>Aujourd’hui</translation>
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
Cliquez pour ouvrir ; clic droit pour enregistrer.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
        <translation>Copier l’&amp;adresse du lien</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>&amp;Ouvrir la pièce jointe</translation>
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
        <translation>&amp;Tout sélectionner</translation>
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
