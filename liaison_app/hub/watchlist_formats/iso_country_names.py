"""ISO 3166-1 English country names by alpha-2 code: names, common and official names.

Generated from the Debian iso-codes data; one `CODE Name` line per name. The
older or informal names the sanctions lists use are in `country_names`, which
reads both.
"""

ISO_3166_NAMES = """
AD Andorra
AD Principality of Andorra
AE United Arab Emirates
AF Afghanistan
AF Islamic Republic of Afghanistan
AG Antigua and Barbuda
AI Anguilla
AL Albania
AL Republic of Albania
AM Armenia
AM Republic of Armenia
AO Angola
AO Republic of Angola
AQ Antarctica
AR Argentina
AR Argentine Republic
AS American Samoa
AT Austria
AT Republic of Austria
AU Australia
AW Aruba
AX Åland Islands
AZ Azerbaijan
AZ Republic of Azerbaijan
BA Bosnia and Herzegovina
BA Republic of Bosnia and Herzegovina
BB Barbados
BD Bangladesh
BD People's Republic of Bangladesh
BE Belgium
BE Kingdom of Belgium
BF Burkina Faso
BG Bulgaria
BG Republic of Bulgaria
BH Bahrain
BH Kingdom of Bahrain
BI Burundi
BI Republic of Burundi
BJ Benin
BJ Republic of Benin
BL Saint Barthélemy
BM Bermuda
BN Brunei Darussalam
BO Bolivia, Plurinational State of
BO Bolivia
BO Plurinational State of Bolivia
BQ Bonaire, Sint Eustatius and Saba
BR Brazil
BR Federative Republic of Brazil
BS Bahamas
BS Commonwealth of the Bahamas
BT Bhutan
BT Kingdom of Bhutan
BV Bouvet Island
BW Botswana
BW Republic of Botswana
BY Belarus
BY Republic of Belarus
BZ Belize
CA Canada
CC Cocos (Keeling) Islands
CD Congo, The Democratic Republic of the
CF Central African Republic
CG Congo
CG Republic of the Congo
CH Switzerland
CH Swiss Confederation
CI Côte d'Ivoire
CI Republic of Côte d'Ivoire
CK Cook Islands
CL Chile
CL Republic of Chile
CM Cameroon
CM Republic of Cameroon
CN China
CN People's Republic of China
CO Colombia
CO Republic of Colombia
CR Costa Rica
CR Republic of Costa Rica
CU Cuba
CU Republic of Cuba
CV Cabo Verde
CV Republic of Cabo Verde
CW Curaçao
CX Christmas Island
CY Cyprus
CY Republic of Cyprus
CZ Czechia
CZ Czech Republic
DE Germany
DE Federal Republic of Germany
DJ Djibouti
DJ Republic of Djibouti
DK Denmark
DK Kingdom of Denmark
DM Dominica
DM Commonwealth of Dominica
DO Dominican Republic
DZ Algeria
DZ People's Democratic Republic of Algeria
EC Ecuador
EC Republic of Ecuador
EE Estonia
EE Republic of Estonia
EG Egypt
EG Arab Republic of Egypt
EH Western Sahara
ER Eritrea
ER the State of Eritrea
ES Spain
ES Kingdom of Spain
ET Ethiopia
ET Federal Democratic Republic of Ethiopia
FI Finland
FI Republic of Finland
FJ Fiji
FJ Republic of Fiji
FK Falkland Islands (Malvinas)
FM Micronesia, Federated States of
FM Federated States of Micronesia
FO Faroe Islands
FR France
FR French Republic
GA Gabon
GA Gabonese Republic
GB United Kingdom
GB United Kingdom of Great Britain and Northern Ireland
GD Grenada
GE Georgia
GF French Guiana
GG Guernsey
GH Ghana
GH Republic of Ghana
GI Gibraltar
GL Greenland
GM Gambia
GM Republic of the Gambia
GN Guinea
GN Republic of Guinea
GP Guadeloupe
GQ Equatorial Guinea
GQ Republic of Equatorial Guinea
GR Greece
GR Hellenic Republic
GS South Georgia and the South Sandwich Islands
GT Guatemala
GT Republic of Guatemala
GU Guam
GW Guinea-Bissau
GW Republic of Guinea-Bissau
GY Guyana
GY Republic of Guyana
HK Hong Kong
HK Hong Kong Special Administrative Region of China
HM Heard Island and McDonald Islands
HN Honduras
HN Republic of Honduras
HR Croatia
HR Republic of Croatia
HT Haiti
HT Republic of Haiti
HU Hungary
ID Indonesia
ID Republic of Indonesia
IE Ireland
IL Israel
IL State of Israel
IM Isle of Man
IN India
IN Republic of India
IO British Indian Ocean Territory
IQ Iraq
IQ Republic of Iraq
IR Iran, Islamic Republic of
IR Iran
IR Islamic Republic of Iran
IS Iceland
IS Republic of Iceland
IT Italy
IT Italian Republic
JE Jersey
JM Jamaica
JO Jordan
JO Hashemite Kingdom of Jordan
JP Japan
KE Kenya
KE Republic of Kenya
KG Kyrgyzstan
KG Kyrgyz Republic
KH Cambodia
KH Kingdom of Cambodia
KI Kiribati
KI Republic of Kiribati
KM Comoros
KM Union of the Comoros
KN Saint Kitts and Nevis
KP Korea, Democratic People's Republic of
KP North Korea
KP Democratic People's Republic of Korea
KR Korea, Republic of
KR South Korea
KW Kuwait
KW State of Kuwait
KY Cayman Islands
KZ Kazakhstan
KZ Republic of Kazakhstan
LA Lao People's Democratic Republic
LA Laos
LB Lebanon
LB Lebanese Republic
LC Saint Lucia
LI Liechtenstein
LI Principality of Liechtenstein
LK Sri Lanka
LK Democratic Socialist Republic of Sri Lanka
LR Liberia
LR Republic of Liberia
LS Lesotho
LS Kingdom of Lesotho
LT Lithuania
LT Republic of Lithuania
LU Luxembourg
LU Grand Duchy of Luxembourg
LV Latvia
LV Republic of Latvia
LY Libya
MA Morocco
MA Kingdom of Morocco
MC Monaco
MC Principality of Monaco
MD Moldova, Republic of
MD Moldova
MD Republic of Moldova
ME Montenegro
MF Saint Martin (French part)
MG Madagascar
MG Republic of Madagascar
MH Marshall Islands
MH Republic of the Marshall Islands
MK North Macedonia
MK Republic of North Macedonia
ML Mali
ML Republic of Mali
MM Myanmar
MM Republic of Myanmar
MN Mongolia
MO Macao
MO Macao Special Administrative Region of China
MP Northern Mariana Islands
MP Commonwealth of the Northern Mariana Islands
MQ Martinique
MR Mauritania
MR Islamic Republic of Mauritania
MS Montserrat
MT Malta
MT Republic of Malta
MU Mauritius
MU Republic of Mauritius
MV Maldives
MV Republic of Maldives
MW Malawi
MW Republic of Malawi
MX Mexico
MX United Mexican States
MY Malaysia
MZ Mozambique
MZ Republic of Mozambique
NA Namibia
NA Republic of Namibia
NC New Caledonia
NE Niger
NE Republic of the Niger
NF Norfolk Island
NG Nigeria
NG Federal Republic of Nigeria
NI Nicaragua
NI Republic of Nicaragua
NL Netherlands
NL Kingdom of the Netherlands
NO Norway
NO Kingdom of Norway
NP Nepal
NP Federal Democratic Republic of Nepal
NR Nauru
NR Republic of Nauru
NU Niue
NZ New Zealand
OM Oman
OM Sultanate of Oman
PA Panama
PA Republic of Panama
PE Peru
PE Republic of Peru
PF French Polynesia
PG Papua New Guinea
PG Independent State of Papua New Guinea
PH Philippines
PH Republic of the Philippines
PK Pakistan
PK Islamic Republic of Pakistan
PL Poland
PL Republic of Poland
PM Saint Pierre and Miquelon
PN Pitcairn
PR Puerto Rico
PS Palestine, State of
PS the State of Palestine
PT Portugal
PT Portuguese Republic
PW Palau
PW Republic of Palau
PY Paraguay
PY Republic of Paraguay
QA Qatar
QA State of Qatar
RE Réunion
RO Romania
RS Serbia
RS Republic of Serbia
RU Russian Federation
RW Rwanda
RW Rwandese Republic
SA Saudi Arabia
SA Kingdom of Saudi Arabia
SB Solomon Islands
SC Seychelles
SC Republic of Seychelles
SD Sudan
SD Republic of the Sudan
SE Sweden
SE Kingdom of Sweden
SG Singapore
SG Republic of Singapore
SH Saint Helena, Ascension and Tristan da Cunha
SI Slovenia
SI Republic of Slovenia
SJ Svalbard and Jan Mayen
SK Slovakia
SK Slovak Republic
SL Sierra Leone
SL Republic of Sierra Leone
SM San Marino
SM Republic of San Marino
SN Senegal
SN Republic of Senegal
SO Somalia
SO Federal Republic of Somalia
SR Suriname
SR Republic of Suriname
SS South Sudan
SS Republic of South Sudan
ST Sao Tome and Principe
ST Democratic Republic of Sao Tome and Principe
SV El Salvador
SV Republic of El Salvador
SX Sint Maarten (Dutch part)
SY Syrian Arab Republic
SY Syria
SZ Eswatini
SZ Kingdom of Eswatini
TC Turks and Caicos Islands
TD Chad
TD Republic of Chad
TF French Southern Territories
TG Togo
TG Togolese Republic
TH Thailand
TH Kingdom of Thailand
TJ Tajikistan
TJ Republic of Tajikistan
TK Tokelau
TL Timor-Leste
TL Democratic Republic of Timor-Leste
TM Turkmenistan
TN Tunisia
TN Republic of Tunisia
TO Tonga
TO Kingdom of Tonga
TR Türkiye
TR Republic of Türkiye
TT Trinidad and Tobago
TT Republic of Trinidad and Tobago
TV Tuvalu
TW Taiwan, Province of China
TW Taiwan
TZ Tanzania, United Republic of
TZ Tanzania
TZ United Republic of Tanzania
UA Ukraine
UG Uganda
UG Republic of Uganda
UM United States Minor Outlying Islands
US United States
US United States of America
UY Uruguay
UY Eastern Republic of Uruguay
UZ Uzbekistan
UZ Republic of Uzbekistan
VA Holy See (Vatican City State)
VC Saint Vincent and the Grenadines
VE Venezuela, Bolivarian Republic of
VE Venezuela
VE Bolivarian Republic of Venezuela
VG Virgin Islands, British
VG British Virgin Islands
VI Virgin Islands, U.S.
VI Virgin Islands of the United States
VN Viet Nam
VN Vietnam
VN Socialist Republic of Viet Nam
VU Vanuatu
VU Republic of Vanuatu
WF Wallis and Futuna
WS Samoa
WS Independent State of Samoa
YE Yemen
YE Republic of Yemen
YT Mayotte
ZA South Africa
ZA Republic of South Africa
ZM Zambia
ZM Republic of Zambia
ZW Zimbabwe
ZW Republic of Zimbabwe
"""
