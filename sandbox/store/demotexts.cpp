#include "demotexts.h"

#include <iterator>

namespace DemoTexts {

const char *const kFemaleNames[] = {
    "Camille",  "Léa",     "Manon",   "Chloé",  "Inès",   "Sarah",    "Juliette", "Émilie",
    "Hélène",   "Céline",  "Margaux", "Zoé",    "Anaïs",  "Clémence", "Noémie",   "Élodie",
    "Mathilde", "Pauline", "Agnès",   "Océane", "Maëlle", "Sophie",   "Amélie",   "Bérénice",
};
const int kFemaleNameCount = int(std::size(kFemaleNames));

const char *const kMaleNames[] = {
    "Hugo",    "Lucas",  "Théo",   "Nathan",   "Louis",  "Jérôme",  "Raphaël",  "Gaël",
    "Étienne", "Mathéo", "Benoît", "François", "Loïc",   "Antoine", "Maxime",   "Thibault",
    "Rémi",    "Noé",    "Adrien", "Grégoire", "Cédric", "Julien",  "Aurélien", "Baptiste",
};
const int kMaleNameCount = int(std::size(kMaleNames));

const char *const kLastNames[] = {
    "Lefebvre", "Martin",  "Bernard", "Dubois",   "Moreau",   "Laurent", "Simon",     "Michel",
    "Lefèvre",  "Leroy",   "Roux",    "David",    "Bertrand", "Morel",   "Fournier",  "Girard",
    "Bonnet",   "Dupont",  "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",    "Faure",
    "André",    "Mercier", "Blanc",   "Guérin",   "Boyer",    "Garnier", "Chevalier", "Lemaître",
    "Gauthier", "Perrin",  "Robin",   "Clément",  "Masson",   "Sánchez", "Noël",      "Brunet",
};
const int kLastNameCount = int(std::size(kLastNames));

const char *const kStreets[] = {
    "rue des Volontaires",
    "rue de la Convention",
    "avenue Émile-Zola",
    "rue du Commerce",
    "boulevard de Grenelle",
    "rue Lecourbe",
    "rue de Vaugirard",
    "avenue de Suffren",
    "rue Cler",
    "rue de la Roquette",
    "rue Oberkampf",
    "boulevard Voltaire",
    "rue des Martyrs",
    "rue de Rivoli",
    "rue Saint-Antoine",
    "avenue Jean-Jaurès",
    "rue de Belleville",
    "quai de Valmy",
    "rue du Faubourg-Saint-Denis",
    "rue Mouffetard",
    "boulevard Saint-Michel",
    "rue de la République",
    "cours Lafayette",
    "avenue de la Libération",
};
const int kStreetCount = int(std::size(kStreets));

// Paris is over-represented on purpose: the demo conciergeries are Parisian.
const City kCities[] = {
    {"75015", "Paris"},
    {"75011", "Paris"},
    {"75009", "Paris"},
    {"75004", "Paris"},
    {"75019", "Paris"},
    {"75005", "Paris"},
    {"75007", "Paris"},
    {"75010", "Paris"},
    {"92100", "Boulogne-Billancourt"},
    {"92130", "Issy-les-Moulineaux"},
    {"94300", "Vincennes"},
    {"93100", "Montreuil"},
    {"92200", "Neuilly-sur-Seine"},
    {"69003", "Lyon"},
    {"33000", "Bordeaux"},
    {"13006", "Marseille"},
};
const int kCityCount = int(std::size(kCities));

const Script kScripts[] = {
    {4,
     "Fuite sous l'évier",
     {"Bonjour, j'ai une fuite sous l'évier de la cuisine, pouvez-vous m'envoyer un plombier ?",
      "Bonjour, bien sûr. Quelles sont vos disponibilités cette semaine ?",
      "Jeudi après-midi ou vendredi matin.",
      "C'est noté : un plombier passera jeudi à 14 h. Le devis vous sera envoyé avant "
      "l'intervention.",
      "Parfait, merci beaucoup !", "Avec plaisir, très bonne journée."}},
    {12,
     "Anniversaire surprise",
     {"Bonjour, je prépare l'anniversaire de ma compagne samedi en huit. Pourriez-vous réserver "
      "un restaurant pour huit personnes ?",
      "Bonjour ! Avec plaisir. Quel quartier et quel budget par personne ?",
      "Plutôt le Marais, autour de 50 € par personne.",
      "Je vous propose un bistrot rue de Bretagne ou un italien rue Vieille-du-Temple. Lequel "
      "préférez-vous ?",
      "Le bistrot, s'il vous plaît.", "Réservation confirmée samedi à 20 h 30."}},
    {6,
     "Garde du chat pendant les vacances",
     {"Bonjour, nous partons du 12 au 20 : quelqu'un peut-il passer nourrir notre chat ?",
      "Bonjour, oui. Une visite par jour vous convient-elle ?",
      "Oui, une visite le matin serait idéale.",
      "Très bien, une pet-sitter passera chaque matin vers 9 h. Pensez à laisser un double des "
      "clés à la conciergerie.",
      "C'est fait, merci !", nullptr}},
    {7,
     "Contrôle technique de la voiture",
     {"Bonjour, ma voiture doit passer au contrôle technique, pouvez-vous vous en occuper ?",
      "Bonjour, bien sûr. Un voiturier peut récupérer le véhicule mardi matin. Cela vous va ?",
      "Oui, les clés seront à l'accueil.",
      "Parfait, le véhicule vous sera rendu le soir même avec le procès-verbal.", nullptr,
      nullptr}},
    {5,
     "Pressing",
     {"Bonjour, j'ai trois chemises et un costume à faire nettoyer.",
      "Bonjour, déposez-les à la conciergerie avant 10 h, ils seront prêts jeudi.",
      "Super, je les dépose demain matin.", "C'est noté, merci et à demain !", nullptr, nullptr}},
    {3,
     "Billets de train pour Lyon",
     {"Bonjour, pourriez-vous me trouver un aller-retour Paris–Lyon pour le week-end prochain ?",
      "Bonjour, départ vendredi soir et retour dimanche ?",
      "Oui, en seconde classe, côté fenêtre si possible.",
      "Deux options au départ de la gare de Lyon : 18 h 04 ou 19 h 00. Laquelle réserver ?",
      "Celle de 19 h 00.", "Billets réservés, vous les recevrez par e-mail."}},
    {10,
     "Renouvellement du passeport",
     {"Bonjour, je dois renouveler mon passeport, pouvez-vous prendre rendez-vous en mairie ?",
      "Bonjour, le premier créneau disponible est le 3 à 10 h 15. Je le réserve ?",
      "Oui merci. Quels documents faut-il apporter ?",
      "Une photo d'identité, un justificatif de domicile, l'ancien passeport et un timbre "
      "fiscal. Je vous envoie la liste complète.",
      nullptr, nullptr}},
    {2,
     "Baby-sitting mercredi",
     {"Bonjour, je cherche une baby-sitter mercredi de 16 h à 20 h pour deux enfants.",
      "Bonjour, c'est possible. Quel âge ont-ils ?", "5 et 8 ans.",
      "Léa, étudiante en éducation, est disponible. Je confirme ?", "Oui, parfait.", nullptr}},
    {11,
     "Déménagement fin du mois",
     {"Bonjour, nous déménageons le 28 : pouvez-vous nous aider à trouver des déménageurs ?",
      "Bonjour, bien sûr. Quel volume environ, et à quels étages ?",
      "Un trois-pièces, du 4e avec ascenseur vers un 2e sans ascenseur.",
      "Je vous transmets trois devis d'ici demain.", nullptr, nullptr}},
    {17,
     "Table pour un déjeuner d'affaires",
     {"Bonjour, pouvez-vous réserver une table pour quatre jeudi midi près de l'Opéra ?",
      "Bonjour, c'est noté. Une préférence de cuisine ?", "Française traditionnelle.",
      "Réservé dans un bistrot rue Gaillon à 12 h 30.", nullptr, nullptr}},
    {20,
     "Rendez-vous chez le dentiste",
     {"Bonjour, j'aurais besoin d'un rendez-vous chez un dentiste rapidement.",
      "Bonjour, un cabinet près de chez vous a une disponibilité demain à 17 h 45. Je réserve ?",
      "Oui, merci beaucoup.", "C'est confirmé, pensez à votre carte Vitale.", nullptr, nullptr}},
    {1,
     "Cours de yoga",
     {"Bonjour, je cherche un cours de yoga le soir près du bureau.",
      "Bonjour, un studio propose des cours à 19 h les lundis et jeudis. Un cours d'essai ?",
      "Oui, jeudi prochain.", "Inscription faite pour le cours d'essai de jeudi à 19 h.", nullptr,
      nullptr}},
    {21,
     "Idée de sortie ce week-end",
     {"Bonjour, une idée de sortie en famille ce week-end ?",
      "Bonjour ! Il y a une exposition interactive à la Villette et un marché à Montmartre.",
      "La Villette, ça plaira aux enfants, merci !", nullptr, nullptr, nullptr}},
    {9,
     "Réception d'un colis",
     {"Bonjour, un colis doit arriver demain mais je serai absent. Pouvez-vous le réceptionner ?",
      "Bonjour, oui, il sera gardé à la conciergerie.", "Merci beaucoup !", nullptr, nullptr,
      nullptr}},
    {13,
     "Organisation d'un PACS",
     {"Bonjour, nous organisons notre PACS en juin et cherchons un lieu pour quarante "
      "personnes.",
      "Félicitations ! Quel budget envisagez-vous ?", "Environ 3 000 €.",
      "Je vous envoie une sélection de trois lieux d'ici vendredi.", nullptr, nullptr}},
    {19,
     "Recherche d'un cadeau",
     {"Bonjour, je cherche un cadeau pour le départ en retraite d'un collègue.",
      "Bonjour, quel est son centre d'intérêt ? Et le budget ?", "Il adore le vin, environ 80 €.",
      "Je vous propose un coffret de dégustation chez un caviste du quartier.", "Parfait !",
      nullptr}},
};
const int kScriptCount = int(std::size(kScripts));

const char *const kReplies[] = {
    "Merci beaucoup, c'est parfait !",
    "D'accord, je regarde ça ce soir et je vous redis.",
    "Super, merci pour votre réactivité.",
    "Très bien. Est-ce qu'il faut que je prépare quelque chose ?",
    "Merci ! Vous pouvez me confirmer l'horaire par écrit ?",
    "Parfait, je serai là.",
    "Ah, c'est un peu tard pour moi. Il y aurait un autre créneau ?",
    "Entendu, merci. Bonne journée !",
    "Je n'ai pas bien compris : c'est pour cette semaine ou la suivante ?",
    "Génial, c'est exactement ce qu'il me fallait.",
    "Oui, ça me va. Vous me tenez au courant ?",
    "Merci, je vous envoie les documents dans la journée.",
};
const int kReplyCount = int(std::size(kReplies));

} // namespace DemoTexts
