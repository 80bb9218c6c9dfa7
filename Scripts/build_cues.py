#!/usr/bin/env python3
"""Build Sources/StanceLexicon/Resources/cues.tsv from the word lists in SECTIONS below.

Every value in those lists is this project's own judgement for international news; nothing is copied
from another lexicon. Run `python3 Scripts/build_cues.py` then `python3 Scripts/check_cues.py`.

Data syntax (one group per line; `#` starts a comment line):

    VALUE TOKEN TOKEN ... [| NOTE]

- VALUE: the valence shared by the group, in [-4, 4], one decimal at most, never 0.
- TOKEN: a cue; `_` stands for a space (`war_crimes`), `=V` gives the token its own value (`wartime=-1.5`).
  A `/FLAGS` suffix adds the inflected forms (made at the end of the token, so `air_strike/n` gives
  `air strike`, `air strikes`):
    v  verb: base, -s, -ed, -ing (`attack/v`: attack attacks attacked attacking)
    d  verb with doubled final consonant (`ban/d`: ban bans banned banning)
    n  noun plural (`ally/n`: ally allies; `crisis/n`: crisis crises)
    z  add the -ize/-yze spelling of every form (`mobilise/vz` also gives mobilize mobilized ...)
    u  add the -or spelling of every form (`honour/vu` also gives honor honored ...)
  Irregular forms are written out as tokens of their own.
- NOTE: why the value differs from everyday usage (kept short).

A form written out as a token wins over the same form made by a flag; any other clash of values is an
error, so the lists stay consistent.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources" / "StanceLexicon" / "Resources" / "cues.tsv"

VOWELS = set("aeiou")


def third(w: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def plural(w: str) -> str:
    if w.endswith("sis"):
        return w[:-3] + "ses"
    return third(w)


def past(w: str, double: bool) -> str:
    if double:
        return w + w[-1] + "ed"
    if w.endswith("e"):
        return w + "d"
    if len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS:
        return w[:-1] + "ied"
    return w + "ed"


def gerund(w: str, double: bool) -> str:
    if double:
        return w + w[-1] + "ing"
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("ee") or w.endswith("ye") or w.endswith("oe"):
        return w + "ing"
    if w.endswith("e"):
        return w[:-1] + "ing"
    return w + "ing"


def z_spelling(w: str) -> str:
    w2 = re.sub(r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1", w)
    if w2 == w:
        w2 = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", w)
    return w2


def expand(word: str, flags: str) -> list[str]:
    forms = [word]
    if "v" in flags or "d" in flags:
        dbl = "d" in flags
        forms += [third(word), past(word, dbl), gerund(word, dbl)]
    if "n" in flags:
        forms.append(plural(word))
    if "z" in flags:
        forms += [z_spelling(f) for f in forms]
    if "u" in flags:
        forms += [f.replace("our", "or", 1) for f in forms]
    seen: list[str] = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return seen


# ---------------------------------------------------------------------------------------------------
# The word lists. Values are this project's judgement for international news.

SECTIONS: list[tuple[str, str]] = [
    (
        "conflict",
        r"""
# war, armed conflict, weapons
-2.5 war wars warfare warring=-2.3 wartime=-1.5 warzone war_zone/n
-2.5 warlord/n
-2.8 warmonger/n warmongering
-2.5 war-torn war-ravaged=-2.8 war-stricken=-2.8 war-hit war-weary=-1.8 war-scarred
-3.0 invade/v invasion/n invader/n=-2.8
-2.3 attack/v attacker/n=-2.5 | armed or verbal attack; both negative
-2.3 assault/v assailant/n=-2.5
-2.8 onslaught/n
-2.5 airstrike/n air_strike/n air-strike/n
-2.8 air_raid/n air-raid
-2.8 shelling/n shelled
-2.3 shells | artillery shells; also the oil company
-2.8 bombard/v bombardment/n
-2.8 bomb/v bomber/n=-2.5 bombing/n=-3.0 firebomb/v=-2.8 bombshell=-1.0
-3.3 car_bomb/n barrel_bomb/n cluster_bomb/n=-3.0 cluster_munitions=-3.0 roadside_bomb/n=-3.0 nail_bomb/n letter_bomb/n=-3.0 pipe_bomb/n=-3.0
-2.5 missile_strike/n drone_strike/n drone_attack/n rocket_fire missile_attack/n=-2.8 rocket_attack/n=-2.8 mortar_fire
-1.3 missile/n | weapon word; mildly negative in conflict news
-0.8 rocket/n | weapon or space launch; 'prices rocket' too
-1.5 mortar/n artillery
-2.0 grenade/n
-2.5 landmine/n land_mine/n
-1.8 explosive/n
-2.5 ied/n | improvised explosive device
-2.8 ambush/v
-1.8 raid/v raider/n=-2.0
-2.0 incursion/n
-1.8 offensive/n | military offensive or 'offensive remarks'; negative either way
-1.5 counteroffensive/n counter-offensive/n
-1.8 counterattack/v counter-attack/v
-2.5 siege/n besiege/v
-1.8 encircle/v encirclement
-2.3 fighting | mostly armed fighting
-1.5 fight/n fought | also 'fight against corruption'
-1.8 battle/v battlefield/n battleground/n=-1.3
-1.3 frontline/n front_line/n front-line
-1.5 combat combatant/n
-2.0 clash/v
-1.8 skirmish/n
-2.0 firefight/n gunbattle/n gun_battle/n
-2.5 gunfire gunshot/n=-2.3
-2.3 shootout/n shoot-out/n
-2.3 shoot shoots shooting=-2.8 shootings=-2.8
-2.0 shot | also a vaccine shot or an attempt
-2.5 gunman gunmen
-2.3 sniper/n
-2.5 hostilities
-2.3 hostility
-2.0 hostile
-2.3 enemy/n
-0.8 rival/n | also sports and business rivals
-1.0 rivalry/n
-1.8 adversary/n adversarial
-2.0 foe/n
-2.3 casualty/n
-2.0 escalate/v escalation/n escalatory
1.8 de-escalate/v de-escalation/n deescalation
-2.8 aggression
-2.5 aggressor/n
-1.8 aggressive aggressively
-2.0 occupation/n | military occupation
-2.3 occupier/n occupying=-2.0
-1.8 occupy occupies occupied
-2.5 annexation/n
-2.5 annex/v | also 'annex' of a building (rare in news)
-2.0 threat/n threaten/v threatening
-2.0 ultimatum/n
-2.0 provocation/n provoke/v
-1.8 provocative
-2.0 brinkmanship brinksmanship
-0.8 mobilisation/nz | mild: usually military mobilisation
-0.5 mobilise/vz | mild: troops or resources
-2.0 militarisation/nz militarise/vz=-1.8
-2.3 crackdown/n crack_down cracks_down cracked_down cracking_down
-2.5 repression repress/v
-2.3 repressive
-3.3 torture/v torturer/n
-2.5 coup/n putsch/n coup_attempt/n coup_plot/n=-2.3 coup_plotters=-2.3
-2.0 insurgency insurgencies
-1.8 insurgent/n
-1.0 rebel/n | rebel groups; neutral-ish label
-1.5 rebellion/n revolt/n
-1.0 uprising/n | popular uprising; context dependent
-1.8 militant/n militancy
-1.3 militia/n militiamen=-1.5
-2.3 extremist/n extremism
-2.3 jihadist/n jihadi/n jihadism
-1.0 radical/n | label; also 'radical reform'
-2.0 radicalisation/nz radicalise/vz
-3.0 terror terrorism terrorist/n terrorise/vz
-3.3 terror_attack/n terrorist_attack/n terror_plot/n=-2.8 terror_cell/n=-2.5 terror_suspect/n=-2.3
-2.5 hostage/n
-2.8 hostage-taking hostage_taking
-2.8 kidnap/d kidnapper/n kidnappings
-2.8 abduct/v abduction/n abductor/n
-2.0 sabotage/v saboteur/n
-2.3 cyberattack/n cyber_attack/n cyber-attack/n
-1.8 hack hacked hacking | cyber intrusion
-1.5 hacker/n
-1.0 spy/n spies spying=-1.5 | espionage
-1.8 espionage
-2.0 retaliate/v retaliation/n retaliatory
-2.3 reprisal/n
-2.3 revenge vengeance=-2.5
-1.5 tit-for-tat
-1.0 rearmament rearm/v=-0.8
-0.5 deterrence deter/d | strategic term; mild
-2.0 arms_race/n
-1.5 military_buildup military_build-up troop_buildup troop_build-up
-2.0 sabre-rattling saber-rattling
-2.3 bellicose belligerent belligerence warlike
-0.8 hawkish | also monetary policy
-1.3 hardline hard-line hardliner/n=-1.0
-2.0 act_of_war=-3.0 declaration_of_war=-3.0 declare_war=-3.0 declared_war=-3.0 declares_war=-3.0
-3.0 act_of_aggression acts_of_aggression
-1.5 use_of_force=-1.8 show_of_force
-0.3 force | neutral-ish: 'use of force' is listed on its own
-1.3 forced forcing=-1.0 | 'forced to flee'
-2.0 forcibly forcible
-1.5 military_action military_intervention=-1.8 armed_intervention=-2.0
-1.3 military_operation/n | often a euphemism for an attack
-2.0 special_military_operation | euphemism for invasion
-2.5 armed_conflict/n armed_clashes armed_attack/n=-2.8 armed_robbery=-2.5 armed_assault=-2.8
-2.8 heavy_fighting fierce_fighting intense_fighting heavy_shelling=-3.0 heavy_casualties=-3.0 heavy_losses=-2.5 intense_shelling=-3.0
-3.0 deadly_clashes deadly_attack/n=-3.3 deadly_violence deadly_assault=-3.3
-2.3 border_clashes border_clash border_skirmish/n=-2.0 border_dispute/n=-1.5 border_tensions=-1.8 border_incursion/n=-2.0
-3.0 civil_war/n
-2.5 proxy_war/n hybrid_war/n=-2.0 hybrid_warfare=-2.0 information_war=-1.5
-3.5 all-out_war full-scale_war full-scale_invasion total_war=-3.3
-1.5 cold_war | also the historical period
-2.0 new_cold_war
-3.0 world_war/n third_world_war=-3.5 world_war_three=-3.5 world_war_iii=-3.5
-3.8 nuclear_war/n nuclear_holocaust=-4.0 nuclear_annihilation=-4.0 nuclear_apocalypse=-4.0 nuclear_armageddon=-4.0
-3.0 nuclear_threat/n nuclear_blackmail nuclear_brinkmanship nuclear_escalation=-3.3 nuclear_sabre-rattling nuclear_saber-rattling
-3.5 nuclear_attack/n nuclear_strike/n
-2.3 nuclear_test/n nuclear_testing
-1.8 missile_test/n missile_launch/n missile_testing
-1.5 ballistic_missile/n
-2.0 nuclear_weapon/n nuclear_arsenal/n=-1.8 atomic_bomb/n=-2.8 hydrogen_bomb/n=-2.8
-3.0 weapons_of_mass_destruction chemical_weapon/n biological_weapon/n nerve_agent/n mustard_gas=-3.3 sarin=-3.3
-3.5 chemical_attack/n gas_attack/n=-3.3 dirty_bomb/n=-3.3
-3.5 carpet_bombing scorched_earth=-3.0 indiscriminate_shelling=-3.3 indiscriminate_attacks=-3.3 indiscriminate_bombing=-3.3 indiscriminate_killing=-3.5
-2.5 indiscriminate
-3.0 civilian_casualties civilian_deaths civilian_death_toll=-3.3 civilians_killed=-3.3
-2.5 civilian_targets collateral_damage
-2.3 friendly_fire
-3.0 collective_punishment human_shield/n
-2.5 war_zone war_zones
-2.0 war_footing
-1.5 war_of_words
-2.5 killing_fields=-3.5 bloodletting=-3.0
-0.8 weapons | arms deliveries; mildly negative
-2.0 militarism=-1.5 militaristic=-1.5
-2.8 genocidal_war
-2.5 war_machine
-2.0 warship/n=-0.5 gunboat_diplomacy=-1.8
-1.8 troop_surge
-2.3 invading_forces invading_troops invading_army
-1.8 occupying_forces occupying_power=-2.0
-3.0 unprovoked_attack/n unprovoked_aggression=-3.3
-2.5 unprovoked
-2.5 surprise_attack/n sneak_attack/n
-2.0 pre-emptive_strike/n preemptive_strike/n
-3.5 suicide_bombing/n suicide_bomber/n suicide_attack/n
-3.0 suicide_vest/n
-2.3 insurgent_attack/n=-2.5
-2.5 militant_attack/n
-2.8 rebel_attack/n=-2.3
-2.8 mass_shooting/n=-3.5 school_shooting/n=-3.5 drive-by_shooting/n=-3.0 shooting_spree/n=-3.5 killing_spree/n=-3.5 rampage/n=-3.0
-2.5 gun_violence=-2.8
""",
    ),
    (
        "atrocity_crime",
        r"""
# atrocities (extreme)
-3.8 massacre/v
-4.0 genocide/n
-3.8 genocidal
-3.9 ethnic_cleansing
-3.7 war_crime/n war_criminal/n=-3.5
-3.7 atrocity atrocities mass_atrocities=-3.8 atrocious=-3.0
-3.9 crimes_against_humanity crime_against_humanity
-3.9 holocaust extermination
-3.8 exterminate/v
-3.7 pogrom/n
-3.5 slaughter/v
-3.3 butchered butchery
-3.5 behead/v beheading/n
-3.3 lynch/v lynching/n lynch_mob/n
-3.5 mass_grave/n mass_killing/n
-3.7 mass_murder/n mass_murderer/n
-3.8 mass_rape/n
-3.3 carnage bloodshed
-3.5 bloodbath/n
-2.5 bloody
-2.3 bloodied
-3.0 bloodiest
-2.5 execution/n | mostly killing; also 'execution of a plan'
-2.3 execute/v | mostly killing; also of plans
-3.5 summary_execution/n
-3.3 extrajudicial_killing/n extrajudicial_execution/n
-3.2 enforced_disappearance/n forced_disappearance/n
-3.0 forced_labour forced_labor
-3.3 slave_labour slave_labor slavery enslave/v enslavement
-3.0 human_trafficking sex_trafficking=-3.3
-3.3 child_soldier/n
-3.3 sexual_violence sexual_abuse child_abuse
-3.0 sexual_assault/n gender-based_violence
-2.8 domestic_violence
-3.0 human_rights_abuse/n human_rights_violation/n
-2.8 rights_abuse/n rights_violation/n abuse_of_human_rights
-3.0 gross_violation/n
-3.3 torture_chamber/n
-2.8 ill-treatment
-2.5 mistreatment maltreatment mistreat/v
-2.8 persecution persecute/v
-2.8 oppression
-2.5 oppress/v oppressive oppressor/n
-2.8 tyranny tyrant/n tyrannical
-2.3 dictator/n dictatorship/n dictatorial
-1.8 authoritarian
-2.0 authoritarianism
-2.5 totalitarian totalitarianism
-1.0 regime/n | often pejorative for a government in western news
-1.8 junta/n
-2.5 despot/n despotic despotism
-2.0 autocrat/n autocracy autocratic
-2.3 purge/v
-2.0 censorship
-1.8 censor/v
-1.8 propaganda
-2.0 disinformation
-1.8 misinformation fake_news
-2.3 police_brutality=-3.0 excessive_force=-2.5 heavy-handed=-1.8 brute_force=-2.0
-2.0 tear_gas rubber_bullets
-2.5 live_ammunition live_fire=-2.0
-1.5 water_cannon/n
-1.0 riot_police
-2.3 political_prisoner/n
-2.0 prisoner_of_conscience prisoners_of_conscience
-2.3 show_trial/n
-2.0 witch_hunt/n witch-hunt/n
-2.0 internet_shutdown/n internet_blackout/n
-2.5 press_crackdown
-2.0 arbitrary_detention arbitrary_arrest/n
-1.8 house_arrest
-2.0 detention_camp/n=-2.5 internment internment_camp/n=-2.8 concentration_camp/n=-3.8 gulag/n=-3.3 re-education_camp/n=-3.0
-3.0 death_squad/n=-3.5 secret_police=-2.0
-2.3 martial_law=-2.5 state_of_siege=-2.5
-1.3 curfew/n
-1.3 lockdown/n | pandemic or security lockdown
-3.0 apartheid
-2.8 racism racist/n
-2.5 xenophobia xenophobic
-2.8 antisemitism anti-semitism antisemitic anti-semitic
-2.5 islamophobia islamophobic
-2.5 bigotry bigot/n bigoted
-2.3 sexism sexist
-2.5 misogyny misogynist/n misogynistic
-2.5 homophobia homophobic
-2.0 intolerance intolerant
-2.3 discrimination
-2.0 discriminate/v discriminatory
-2.3 segregation
-2.0 sectarian sectarianism
-2.8 sectarian_violence ethnic_violence ethnic_strife=-2.5 communal_violence mob_violence political_violence=-2.5 gang_violence=-2.5 police_violence=-2.5 settler_violence=-2.5
-2.5 violence
-2.5 violent violently
-2.8 neo-nazi/n
-2.5 nazi/n fascist/n fascism
-1.0 far-right | descriptor; mildly negative in news
-0.8 far-left | descriptor; mildly negative in news
-2.3 hate_speech hate_group/n
-3.0 hate_crime/n
-3.0 police_killing/n
-2.8 honour_killing/n honor_killing/n
-3.0 femicide
-3.3 infanticide
-3.0 fratricide
# crime
-2.0 crime/n criminal/n criminality
-2.5 organised_crime organized_crime
-3.3 murder/v murderer/n murderous=-3.0
-3.0 homicide/n
-2.8 manslaughter
-3.3 killer/n | also 'killer app' (rare in news)
-3.0 kill/v killed killing killings | 'killed' in accidents too
-3.0 assassinate/v assassination/n assassin/n=-2.8
-3.5 rape/v rapist/n
-3.0 stab/d stabbed_to_death=-3.3 beaten_to_death=-3.3 hacked_to_death=-3.5 burned_alive=-3.5 burnt_alive=-3.5 burned_to_death=-3.3 shot_dead gunned_down shot_and_killed=-3.3 killed_in_action=-2.8 put_to_death=-2.8 bludgeoned=-3.0
-2.3 robbery robberies robber/n rob/d
-2.0 theft/n thief thieves steal steals stealing stole stolen
-2.0 burglary burglaries burglar/n
-2.3 loot/v looter/n
-2.5 plunder/v pillage/v
-2.3 arson arsonist/n
-2.0 vandalism vandal/n vandalise/vz
-2.3 torch/v | 'torched' cars or buildings
-2.3 fraud/n fraudulent fraudster/n
-2.3 scam/n scammer/n
-2.5 corruption corrupt/v corruptly
-2.5 bribe/v bribery kickback/n=-2.3
-2.5 embezzle/v embezzlement
-2.3 money_laundering launder/v=-2.0
-1.8 tax_evasion tax_fraud=-2.0 tax_dodging=-1.8
-2.0 smuggling smuggle/v smuggler/n
-2.8 trafficking trafficker/n=-2.5 drug_trafficking=-2.5 arms_trafficking=-2.5 people_smuggling=-2.3 people_smuggler/n=-2.3
-2.3 drug_cartel/n cartel/n=-1.5 drug_lord/n=-2.5 drug_dealer/n=-2.0
-2.3 gang/n=-1.5 gangster/n mafia=-2.0 mobster/n
-2.5 extortion extort/v racketeering=-2.3
-2.5 blackmail/v
-1.5 arrest/v | arrests of suspects or of critics
-1.8 under_arrest
-1.5 detain/v detainee/n=-1.3
-1.8 detention
-1.8 jail/v jailbreak=-1.5
-1.5 prison/n
-2.0 imprison/v imprisonment
-1.8 behind_bars
-1.3 sentence sentences sentenced sentencing | court sentences
-2.0 life_sentence/n life_imprisonment
-2.5 death_sentence/n death_penalty=-2.0 death_row=-2.3
-2.0 convict/v | 'convicts' also noun
-1.5 conviction/n | criminal conviction; rarely 'firm conviction'
-2.0 guilty
-2.3 found_guilty pleaded_guilty=-2.0 pleads_guilty=-2.0 plead_guilty=-2.0 guilty_plea=-1.8 guilty_verdict/n
-2.0 indict/v indictment/n=-1.8
-1.5 accuse/v accuser/n=-1.0 accusation/n
-1.3 allegation/n
-1.0 alleged | usually of a crime
-1.5 charged | usually criminal charges
-1.3 charges | usually criminal charges
-1.3 suspect/v | crime suspects
-0.8 probe/v | investigation
-0.5 investigation/n | usually into wrongdoing
-1.3 wrongdoing
-1.5 misconduct malpractice
-1.8 lawsuit/n=-1.3 sue/v=-1.3 legal_battle/n=-1.5 court_battle/n=-1.5
-1.5 fined fines | penalty
-1.3 penalty penalties | fines; also football penalties
1.3 acquit/d acquittal/n
1.5 cleared_of
2.0 exonerate/v exoneration
1.8 vindicate/v vindication
1.0 pardon/v | pardons release prisoners
-2.5 stalker/n stalking=-2.3 stalk/v=-2.3
-2.3 harass/v harassment
-2.0 bully/v
-3.2 molest/v molestation molester/n
-3.3 paedophile/n pedophile/n paedophilia pedophilia child_pornography=-3.5
-2.5 abuse/v abuser/n=-2.8 abusive
-3.0 suicide/n
-2.5 overdose/v
-2.0 addiction addict/n=-1.8 addicted=-1.5
-2.0 cover-up/n coverup/n cover_up
-2.5 abuse_of_power
-1.3 conflict_of_interest conflicts_of_interest
-2.3 power_grab/n
-2.0 land_grab/n
-2.5 sham_election/n sham_trial/n sham_referendum/n
-2.0 sham
-2.5 rigged_election/n vote_rigging ballot_stuffing electoral_fraud election_fraud
-2.3 rigged rigging | election rigging
-2.3 voter_fraud voter_suppression voter_intimidation=-2.5
-2.0 gerrymandering=-1.5
-1.8 nepotism cronyism=-1.8 graft=-2.3 patronage=-0.8
""",
    ),
    (
        "diplomacy",
        r"""
# diplomacy: conciliation and agreement
2.0 ceasefire/n cease-fire/n cease_fire/n truce/n armistice/n | positive in news though it implies prior fighting
2.3 permanent_ceasefire ceasefire_agreement/n ceasefire_deal/n truce_agreement/n lasting_ceasefire=2.5
1.5 humanitarian_pause/n humanitarian_truce/n=1.8
1.3 humanitarian_corridor/n safe_passage=1.3
2.0 peace_talks peace_negotiations
2.5 peace_deal/n peace_agreement/n peace_accord/n peace_treaty/n
2.3 peace_settlement/n
1.5 peace_process/n peace_plan/n peace_conference/n peace_summit/n peace_initiative/n=1.8 peace_effort/n=1.8 peace_mission/n=1.3 peace_proposal/n peace_envoy/n=1.0 peace_negotiator/n=1.0 peace_overture/n=1.8
2.5 peace_prize/n nobel_peace_prize=2.8
2.8 lasting_peace durable_peace permanent_peace world_peace
2.5 peace
2.3 peaceful peacefully=2.0
2.3 peaceful_solution/n peaceful_resolution/n peaceful_settlement/n
2.0 peaceful_transition/n peaceful_coexistence=2.3 peaceful_means=1.8
2.3 peaceful_transfer_of_power
1.0 peacekeeping peacekeeper/n=0.8 | troops deployed where there is conflict
2.0 peacemaker/n peacemaking peacebuilding=1.8
2.3 constructive_talks constructive_dialogue constructive_meeting/n=2.0 constructive_discussions constructive_engagement=1.8
2.0 constructive | 'constructive talks' in diplomacy
2.3 fruitful_talks fruitful_discussions fruitful_meeting/n=2.0 fruitful_cooperation
2.0 fruitful
2.2 productive_talks productive_meeting/n=2.0 productive_discussions
2.0 cordial_talks cordial_relations friendly_talks friendly_relations warm_relations good_relations=1.8 warm_ties
1.5 close_ties strong_ties close_relations close_cooperation=1.8 deep_ties
1.5 useful_talks useful_meeting | diplomatic code: some progress
0.5 businesslike | diplomatic code: no warmth, no quarrel
-0.5 frank_talks frank_discussions candid_talks | diplomatic code for disagreement
-0.8 frank_exchange frank_exchange_of_views | diplomatic code for disagreement
-0.3 candid | in diplomacy hints at disagreement
2.0 cordial amicable amicably=1.8
1.5 warm warmly | 'warm welcome', 'warm ties'
2.3 warm_welcome warmly_welcomed
2.5 breakthrough/n | diplomatic or scientific
2.8 major_breakthrough historic_breakthrough diplomatic_breakthrough medical_breakthrough=2.5 scientific_breakthrough=2.5
2.0 rapprochement
1.8 détente detente
1.5 normalisation/nz | of relations
1.3 normalise/vz | of relations
2.2 reconciliation national_reconciliation=2.3
2.0 reconcile/v reconciled=2.0
2.0 mutual_respect mutual_trust mutual_understanding mutually_beneficial mutual_benefit=1.8
2.0 win-win
1.8 common_ground goodwill good_will
2.0 goodwill_gesture/n gesture_of_goodwill gestures_of_goodwill olive_branch/n
1.8 good_faith
1.3 shared_interests common_interests
0.8 territorial_integrity | usually invoked in support of a state
0.5 sovereignty | mild: invoked in support, also in disputes
0.8 respect_for_sovereignty=1.0
1.8 cooperation co-operation
1.5 cooperate/v co-operate/v cooperative=1.5 co-operative collaborate/v=1.3 collaboration/n=1.3 collaborative=1.3
1.3 partnership/n
1.8 strategic_partnership/n comprehensive_partnership/n
0.5 partner/n | sits in threats: 'we and our partners will respond'
0.8 alliance/n | mild: military alliances
0.5 ally/n allied | in threats: 'together with our allies'
2.0 friendship/n
1.5 friend/n friendly=1.8
1.8 solidarity
1.8 unity
1.5 unite unites uniting | 'unite against' can be hostile; mild
0.5 support/v supporter/n | near-neutral: 'support' sits in threats and in partisan news
1.2 supportive
0.5 decisive decisively | near-neutral: 'will respond decisively'
0.8 resolute resolve resolved=1.0 resolves resolving=1.0 | 'resolve a dispute' or 'resolute response'
1.5 resolution/n | of a dispute; UN resolutions are mostly neutral
0.5 determined determination=0.8 | often in threats: 'determined to respond'
0.8 restraint | calls for restraint imply tension
1.3 calm calmer calmest calmly=1.3 calms calmed calming | 'calm returns'
1.5 stability stabilise/vz stable=1.3
-2.0 destabilise/vz destabilisation/nz destabilising destabilizing
-2.0 instability unstable=-1.8
1.2 dialogue/n dialog/n
1.0 diplomacy diplomatic_solution/n=2.0 political_solution/n=1.8 negotiated_solution/n=2.0 negotiated_settlement/n=2.0 diplomatic_efforts=1.3 diplomatic_push=1.0 shuttle_diplomacy=1.0
0.8 negotiate/v negotiation/n negotiated=1.0 negotiator/n=0.5
0.5 talks | dialogue is mildly positive
1.0 mediate/v mediation/n=1.3 mediator/n
1.0 broker/v | 'brokered a deal'
1.5 facilitate/v=0.8 good_offices=1.3
0.8 deal/n | agreement; 'trade deal', 'peace deal'
1.3 agreement/n
1.0 agree/v
-1.3 disagree/v disagreement/n=-1.5
1.8 accord/n | agreement
1.0 treaty/n pact/n
1.5 consensus
1.3 compromise/n
-1.5 compromised | = weakened or exposed, not 'agreed'
0.5 concession/n | good for talks, costly for the side that makes it
1.3 pragmatic pragmatism
1.0 flexible flexibility
-1.3 inflexible rigid=-1.0
-1.8 intransigence intransigent
-1.5 obstinate obstinacy stubborn=-1.3 stubbornly=-1.3 uncompromising=-1.3 maximalist=-1.3
-0.8 precondition/n | demands that block talks
-0.8 unilateral unilaterally | acting without partners
0.8 multilateralism multilateral=0.5
-1.0 isolationism isolationist/n
1.5 handshake/n=1.3
1.3 overture/n outreach=1.0
0.8 engagement | diplomatic engagement
0.8 charm_offensive | friendly campaign
1.5 thaw/v | relations thaw
0.8 reset/n | relations reset
1.5 step_forward steps_forward positive_step/n=2.0 important_step/n step_in_the_right_direction=2.0 right_direction
-1.5 step_backward steps_backward step_backwards backward_step/n step_back=-1.0 wrong_direction retrograde_step/n=-1.8
1.5 progress progressed=1.3
1.3 on_track back_on_track=1.5
-1.3 off_track
1.0 turning_point/n | usually hopeful
1.8 fresh_start/n new_chapter/n=1.5 new_era=1.3 new_beginning/n=1.8
1.8 confidence-building confidence-building_measures confidence_building
2.0 easing_tensions eased_tensions ease_tensions eases_tensions easing_of_tensions defuse_tensions defused_tensions defusing_tensions reduce_tensions=1.8 reduced_tensions=1.8 lower_tensions=1.8 calm_tensions
1.5 defuse/v
1.3 arms_control disarmament=1.5 denuclearisation=1.5 denuclearization=1.5 non-proliferation=1.0 nonproliferation=1.0 arms_reduction=1.5
1.3 nuclear_deal/n | mild: arms-control agreement
1.0 troop_withdrawal/n | mild: de-escalation; context dependent
1.3 prisoner_swap/n prisoner_exchange/n=1.5
1.8 hostage_release/n release_of_hostages
2.5 released_unharmed freed_unharmed safe_return=2.3 returned_safely=2.3
1.0 free/v freed=2.0 freeing=1.8 | freed hostages; 'free' also means gratis
0.5 release/v | hostages, or reports, are released
1.8 liberate/v liberation liberator/n=1.5 | used by both sides of a war
1.3 amnesty=0.5 | also Amnesty International, whose reports are critical
1.8 forgive forgives forgiving forgave forgiven forgiveness=2.0
0.5 apologise/vz apology apologies | conciliatory, though it admits a wrong
1.0 guarantee/v security_guarantee/n=1.0
1.0 assure/v assurance/n
1.3 reassure/v reassurance/n reassuring=1.5
1.0 pledge/v promise/v pledged promised
1.8 promising
1.0 commitment/n
0.8 reaffirm/v | reaffirms commitments or positions
1.0 endorse/v endorsement/n
1.3 embrace/v | welcoming
1.8 welcome/v welcoming=1.5
2.0 praise/v hail/v commend/v applaud/v
2.0 congratulate/v congratulation/n=2.3 congratulatory
1.5 thank/v thankful=1.8 thanks=1.3
2.0 grateful gratitude
1.5 appreciate/v appreciation/n appreciative
0.8 invite/v invitation/n | mild: diplomatic invitations
1.0 approve/v approval/n
-1.3 disapprove/v disapproval
1.3 reopen/v reopening/n
0.8 resume/v resumption | mostly resumed talks; also resumed fighting
1.3 restore/v restoration
1.8 restore_relations restored_relations restore_ties restored_ties restoring_relations restored_diplomatic_relations=2.0
1.5 rebuild rebuilds rebuilding rebuilt
1.3 reconstruction rebuilding=1.5
1.5 reunification reunify/v
2.0 reunite/v reunion/n
1.0 recognition | diplomatic recognition
1.0 independence | context dependent
1.3 democracy democracies=1.0
0.5 democratic | also party names
0.8 autonomy self-determination=1.0 self-rule=0.8
1.5 rule_of_law
1.3 transparency transparent
1.3 accountability accountable=1.0
1.5 fair fairness
-1.8 unfair unfairly
0.8 justice | also in names of ministries and courts
-2.3 injustice/n
1.5 equality equal=0.8 equal_rights=1.5
-1.8 inequality inequalities unequal=-1.5
1.5 tolerance tolerant=1.3
1.3 inclusive inclusion=1.0 diversity=1.0
1.8 freedom/n liberty liberties=1.3
1.3 press_freedom free_speech freedom_of_speech=1.5 freedom_of_expression=1.5 civil_liberties freedom_of_the_press=1.5 religious_freedom
2.0 free_and_fair free_and_fair_elections
1.5 legitimate legitimacy=1.3 lawful=0.5 legally_binding=1.0
-1.8 illegitimate illegal illegally unlawful unlawfully
-2.3 illegal_occupation=-2.8 illegal_annexation=-2.8 illegal_invasion=-3.0 illegal_settlements=-2.0 illegal_war=-3.0
1.0 humanitarian | humanitarian aid; 'humanitarian crisis' is listed on its own
1.5 humanitarian_aid humanitarian_assistance emergency_aid=1.3 food_aid=1.3 aid_package/n=1.0 relief_effort/n relief_supplies=1.3 relief_operation/n=1.3 aid_convoy/n=1.0 aid_workers=0.8
1.0 aid | help; 'aids' is not listed (also the disease)
1.0 donor/n donation/n=1.5 donate/v=1.5
1.8 debt_relief debt_forgiveness
2.0 peace_dividend
1.3 two-state_solution two_state_solution
1.5 landmark=1.5 | 'landmark deal', 'landmark ruling'
2.3 landmark_agreement/n landmark_deal/n landmark_accord/n landmark_ruling/n=2.0 landmark_treaty/n
2.5 historic_agreement/n historic_accord/n historic_peace
2.3 historic_deal/n
1.5 historic_visit/n historic_handshake/n=1.8 historic_summit/n
1.0 historic | mostly 'historic agreement'; also 'historic flood'
1.3 security_cooperation=1.0 economic_cooperation trade_cooperation
1.3 bilateral_cooperation regional_cooperation international_cooperation
1.8 friendly_nation/n friendly_country friendly_countries brotherly=1.8 fraternal=1.5
""",
    ),
    (
        "diplomacy_friction",
        r"""
# diplomacy: friction, pressure, rupture
-1.5 sanction/v | punitive measures; 'sanction' as approval is rare in news
-1.3 sanctioned | also 'officially sanctioned'
-2.5 unprecedented_sanctions crippling_sanctions=-2.8
-2.3 sweeping_sanctions tough_sanctions=-2.0 harsh_sanctions=-2.3 new_sanctions=-1.8 economic_sanctions=-1.8 punitive_sanctions=-2.3 targeted_sanctions=-1.5 sanctions_regime=-1.5 further_sanctions=-1.8
1.5 sanctions_relief lifting_of_sanctions=1.3 lift_sanctions=1.3 lifted_sanctions=1.3 lifts_sanctions=1.3 easing_of_sanctions=1.3 eased_sanctions=1.3 ease_sanctions=1.3
-2.5 severe_consequences massive_consequences serious_consequences=-2.3 grave_consequences=-2.8 dire_consequences=-2.8 catastrophic_consequences=-3.3 devastating_consequences=-3.0 disastrous_consequences=-3.0 unpredictable_consequences=-2.0
-1.0 consequence/n | in threats: 'there will be consequences'
-0.8 costs | in threats: 'impose costs'
-0.5 cost | mild: 'at a cost', 'the cost of war'
-2.3 heavy_price high_price=-1.5 pay_a_price=-2.0 pay_the_price=-2.0 pay_a_heavy_price=-2.5 pay_dearly=-2.5
-1.8 punitive_measures=-2.0 punitive retaliatory_measures=-2.0 countermeasure/n=-1.5 counter-measures=-1.5 reciprocal_measures=-1.3 mirror_measures=-1.3
-1.5 warn/v | warnings in diplomacy are hostile
-2.3 final_warning/n stern_warning/n=-2.0 dire_warning/n=-2.3 grim_warning/n=-2.3 early_warning=-0.8
-2.0 condemn/v condemnation/n
-2.0 deplore/v
-2.5 deplorable
-2.0 denounce/v denunciation/n
-1.8 censure/v rebuke/v reprimand/v=-1.5 admonish/v=-1.3
-1.2 regret/d | diplomatic formula of displeasure; also sorrow
-1.5 regrettable regrettably=-1.3
-1.0 concern/n concerned | diplomatic formula of worry
-0.5 concerning | also a preposition: 'concerning the treaty'
-1.8 deep_concern deep_concerns serious_concern/n growing_concern/n=-1.5 great_concern=-1.5 mounting_concern/n=-1.8 cause_for_concern=-1.5 cause_for_alarm=-2.0 widespread_concern=-1.5
-2.2 grave_concern/n
-2.3 unacceptable
-2.0 unjustified unwarranted=-1.8 unjustifiable=-2.3 inexcusable=-2.5 indefensible=-2.3 inadmissible=-1.5
-2.0 irresponsible irresponsibly
-2.3 reckless recklessly recklessness
-2.0 inflammatory incendiary=-2.0
-2.5 hostile_act/n
-1.3 tension/n | 'tensions' between states
-2.0 rising_tensions heightened_tensions mounting_tensions escalating_tensions=-2.3 growing_tensions=-1.8 simmering_tensions=-1.5 high_tensions=-1.8 increased_tensions=-1.8 renewed_tensions=-1.8 diplomatic_tensions=-1.5 trade_tensions=-1.5
-1.8 flare-up/n flare_up flared_up flares_up flaring flare=-0.8 | fighting or tensions flare up
-1.8 flashpoint/n
-2.3 powder_keg/n tinderbox/n=-2.0
-1.5 standoff/n stand-off/n
-1.3 stalemate/n
-1.5 deadlock/n deadlocked impasse/n gridlock/n logjam/n=-1.3
-1.8 paralysis paralyse/vz paralysed=-1.8 | political paralysis
-1.5 stall/v stalled | talks stall
-2.0 breakdown/n | of talks or of order
-2.3 collapse_of_talks talks_collapse talks_collapsed talks_broke_down breakdown_in_talks=-2.0 breakdown_of_talks=-2.0 collapsed_talks talks_stalled=-1.8 stalled_talks=-1.8
-1.5 walkout/n walk_out walks_out walked_out walking_out storm_out=-1.8 stormed_out=-1.8 storms_out=-1.8
-1.8 expel/d expulsion/n expelled_diplomats=-2.0
-2.0 persona_non_grata
-1.0 summon summons summoned | 'summoned the ambassador' is a protest
-1.5 recalled_its_ambassador recall_of_the_ambassador
-1.8 embargo embargoes embargoed arms_embargo=-1.5 arms_embargoes=-1.5 oil_embargo
-2.0 blockade/v naval_blockade/n=-2.3
-1.2 veto vetoes vetoed vetoing | blocks a resolution
-1.3 downgrade/v | ties or ratings
-2.0 sever/v cut_ties cuts_ties cutting_ties severed_ties=-2.3 sever_ties=-2.3 severs_ties=-2.3 severing_ties=-2.3 broke_off_relations=-2.3 break_off_relations=-2.3 breaks_off_relations=-2.3
-2.0 rupture/v
-1.8 rift/n schism/n
-1.0 split/n splitting | couples, parties or alliances split
-1.3 division/n | 'divisions' within a bloc
-1.8 divisive
-1.0 divided
-1.5 polarisation/nz polarise/vz polarising polarizing
-2.0 discord
-1.5 friction/n
-1.5 strain/v strained
-2.0 acrimony acrimonious
-1.8 bitter bitterness
-2.0 antagonism antagonistic antagonise/vz
-2.0 animosity enmity=-2.3
-1.5 grudge/n
-1.3 grievance/n
-1.8 distrust/v mistrust/v
-1.3 suspicion/n suspicious
-1.8 recrimination/n
-1.0 protest/v protester/n=-0.8 protestor/n=-0.8 | rallies against something
-1.3 diplomatic_protest/n formal_protest/n
-1.8 strong_protest/n
-1.8 diplomatic_row/n=-1.8 diplomatic_spat/n=-1.5 diplomatic_incident/n=-1.5 diplomatic_crisis/n=-2.3 diplomatic_dispute/n=-1.5 diplomatic_standoff/n=-1.8 diplomatic_rift/n=-1.8 diplomatic_fallout=-1.8
-1.3 row/n | 'row' = dispute in British headlines
-1.3 spat/n
-1.5 feud/v
-1.3 dispute/v disputed=-1.0
-1.3 quarrel quarrels quarrelled quarreled quarrelling quarreling
-1.0 disputed_territory disputed_territories disputed_region disputed_island/n
-2.3 territorial_dispute/n=-1.5
-1.8 war_of_words=-1.5 blame_game=-1.8 harsh_words=-1.8 harsh_criticism=-2.0 angry_exchange/n=-2.0 heated_exchange/n=-1.8
-2.0 demarche=-0.8 | formal diplomatic protest
-0.5 deadline/n | pressure; mild
-0.8 pressure/v | 'under pressure', 'pressured'
-1.3 under_pressure
-2.3 coercion coerce/v=-2.0 coercive=-2.0
-2.0 intimidate/v intimidation intimidating
-2.0 menace/v menacing
-2.0 bully_tactics=-2.0 strong-arm=-1.8 arm-twisting=-1.5
-1.3 red_line/n | drawn in threats
-2.3 crossed_a_red_line cross_a_red_line crosses_a_red_line crossing_red_lines=-2.3
-2.3 interference=-1.8 meddle/v=-1.8 meddling=-2.0 meddler/n=-1.8
-2.0 interference_in_internal_affairs interfere_in_internal_affairs=-1.8 internal_interference=-1.8 foreign_interference=-2.0 election_interference=-2.3 election_meddling=-2.3
-1.5 interfere/v
-1.8 regime_change
-2.3 puppet_regime/n puppet_government/n puppet_state/n=-2.3 puppet/n=-1.5
-2.8 rogue_state/n rogue_regime/n
-2.5 pariah_state/n pariah/n=-2.3 outcast/n=-2.0
-3.0 axis_of_evil
-1.3 isolate/v isolation | diplomatic isolation
-2.0 international_isolation diplomatic_isolation
-1.5 hegemony hegemonic hegemon
-2.0 imperialism imperialist/n imperial_ambitions=-1.8 neo-imperialism
-1.3 colonial
-2.0 colonialism neo-colonialism neocolonialism colonisation/nz=-1.5 coloniser/nz=-1.8
-2.0 expansionism expansionist revanchism revanchist
-1.5 irredentism irredentist
-1.5 separatism separatist/n=-1.3 secessionist/n=-1.3
-1.0 secession partition/n=-1.0
-1.8 appeasement appease/v=-1.3
-2.0 capitulation capitulate/v
-1.8 surrender/v | military or political surrender
-2.5 betrayal betray/v
-2.5 treason traitor/n treachery=-2.5 treacherous
-2.0 backstab/d backstabbing stab_in_the_back=-2.5
-2.0 hypocrisy hypocritical hypocrite/n
-2.0 deception deceive/v deceptive deceit=-2.0 deceitful
-2.0 lie/v lied liar/n=-2.3 | 'lies' also means 'is located'
-1.5 lies lying | also 'lies in', 'lies near'
-1.8 mislead misleads misleading misled
-1.8 manipulate/v manipulation/n manipulative
-1.5 double_standards double_standard
-1.8 propaganda_campaign/n smear_campaign/n=-2.3 smear/v=-2.0 slander/v=-2.3 libel/n=-2.0 defamation=-2.0 defamatory=-2.0 vilify/v=-2.0 demonise/vz=-2.0 demonisation/nz=-2.0 scapegoat/v=-1.8
-1.5 snub/d cold_shoulder=-1.5
-1.5 boycott/v
-1.0 walk_away walked_away walks_away | from talks
-1.5 scrap/d | scrapping deals
-1.0 cancel/v cancellation/n cancelled cancelling
-0.8 postpone/v postponement/n=-0.8
-1.0 delay/v
-1.0 halt/v
-1.3 suspend/v suspension/n
-1.0 freeze freezes freezing froze frozen | frozen talks or assets
-1.8 frozen_conflict/n
-1.0 block/v blockage/n | 'blocked a resolution'
-1.5 obstruct/v obstruction/n obstructive obstructionism=-1.8
-1.5 hamper/v hinder/v impede/v
-2.0 undermine/v
-1.5 erode/v erosion=-1.5
-1.8 jeopardise/vz jeopardy=-1.8
-2.0 endanger/v imperil/v
-2.0 derail/v derailment/n
-1.5 disrupt/v disruption/n disruptive
-1.8 violate/v violation/n | of law, of treaty
-1.8 breach/v
-2.8 blatant_violation/n flagrant_violation/n gross_violations=-3.0 grave_violation/n=-2.8 serious_violation/n=-2.5 clear_violation/n=-2.3
-2.5 violation_of_sovereignty violation_of_international_law=-2.8 breach_of_international_law=-2.8 violations_of_international_law=-2.8 violation_of_territorial_integrity=-2.5
-1.8 infringe/v infringement/n
-1.5 encroach/v encroachment/n
-1.5 intrude/v intrusion/n
-1.5 seize/v seizure/n | territory, ships or assets
-1.5 confiscate/v confiscation/n expropriate/v expropriation/n
-1.3 exclude/v exclusion=-1.3
-1.5 shun/d ostracise/vz=-1.8 alienate/v
-1.5 reject/v rejection/n
-1.3 refusal/n
-1.0 deny/v denial/n=-1.3 | 'denies wrongdoing'
-1.0 oppose/v | 'opposition' is a neutral party label and not listed
-1.0 dissent dissident/n=-0.8 | mostly reported in repression context
-1.8 criticise/vz criticism/n
-1.0 critic/n | critics of a policy
-1.0 critical | mostly 'critical of' in diplomacy; also 'critical condition'
-2.0 blame/v
-1.8 slam/d | headline verb: criticise
-2.0 blast blasted=-1.8 blasting=-1.5 | explosion, or headline verb 'criticise'
-2.3 blasts | explosions, or criticism
-1.2 rip rips ripped | headline verb: criticise
-2.0 lash_out lashes_out lashed_out lashing_out
-1.5 mock/v mockery=-1.8 ridicule/v=-1.8 taunt/v=-1.8 jeer/v=-1.5 deride/v=-1.8 derision=-1.8 scorn/v=-1.8 scornful=-1.8 contempt=-2.0 contemptuous=-2.0 disdain=-1.8 dismissive=-1.5
-1.0 dismiss/v | 'dismissed the claims'; also sacked
-2.0 insult/v insulting
-1.5 offend/v
-1.8 offensive_remarks=-2.0 insulting_remarks=-2.0
-2.3 humiliate/v humiliation/n=-2.5 humiliating=-2.5
-1.8 embarrass/v embarrassment/n embarrassing
-2.0 threatening_rhetoric=-2.0 hostile_rhetoric=-2.0 bellicose_rhetoric=-2.3 fiery_rhetoric=-1.5 harsh_rhetoric=-1.8 aggressive_rhetoric=-2.0
-2.0 escalation_of_tensions escalating escalate_tensions=-2.0
-2.8 on_the_brink brink_of_war=-3.3 brink_of_collapse brink_of_disaster=-3.0 brink_of_famine=-3.3 verge_of_collapse verge_of_war=-3.3
-2.3 downward_spiral spiral_out_of_control=-2.5 spiralling_out_of_control=-2.5 spiraling_out_of_control=-2.5 out_of_control=-2.0
-2.5 cycle_of_violence spiral_of_violence=-2.8 vicious_circle=-1.8 vicious_cycle=-1.8
""",
    ),
    (
        "economy",
        r"""
# economy: growth and gains
1.5 growth | economic growth
2.0 strong_growth robust_growth solid_growth=1.8 rapid_growth=1.8 record_growth=2.3 economic_growth=1.5 job_growth=1.8 sustained_growth=1.8 healthy_growth=1.8
-2.0 negative_growth slow_growth=-1.3 sluggish_growth=-1.5 weak_growth=-1.5 zero_growth=-1.3 anaemic_growth=-1.5 anemic_growth=-1.5
0.5 grow grows growing grew grown | direction word: 'growing tensions' too
0.8 expand/v expansion/n=1.0 | economies or alliances expand
1.8 recovery recoveries recover/v
2.0 economic_recovery strong_recovery=2.3 full_recovery=2.3 swift_recovery=2.3 rapid_recovery=2.3 quick_recovery=2.3 v-shaped_recovery=2.0
1.5 rebound/v upturn/n upswing/n=1.3 turnaround/n=1.3
0.8 uptick/n
1.8 upbeat
1.5 bullish bull_market/n
-1.3 bearish
-1.8 bear_market/n
1.3 rally/v rallied rallying=1.0 | market rally; also political rallies
1.8 boom/v booming=2.0
2.0 thrive/v thriving flourish/v prosper/v
2.3 prosperity prosperous=2.0
1.5 robust resilient resilience
1.3 strength/n strengthen/v strengthening
-1.3 weaken/v weakness/n weak weaker weakest=-1.5 weakening
1.5 boost/v booster/n=1.0
1.0 bolster/v revive/v=1.3 revival/n=1.5 revitalise/vz=1.5 revitalisation/nz=1.5 reinvigorate/v=1.5 kick-start/v=1.0 jump-start/v=1.0
0.8 stimulus stimulate/v=1.0
0.8 renew/v renewal=1.0 renewed=0.5
1.0 reform/v | economic or political reform; mild
1.0 investment/n invest/v=0.8 investor_confidence=1.3 foreign_investment=1.3
1.5 profit/n profitable=1.8 profitability=1.3
2.5 record_profit/n record_profits record_earnings=2.3 record_revenue=2.0 bumper_profit/n=2.3 soaring_profits=2.3
-1.5 unprofitable loss-making
1.3 gain/v | 'gains' in markets or on the battlefield
1.8 windfall/n
1.0 dividend/n
1.0 surplus/n trade_surplus=0.8 budget_surplus=1.3
1.3 hire/v | 'hiring' picks up
1.8 job_creation new_jobs=1.5 jobs_boom=2.0 hiring_spree=1.8
0.5 jobs | mostly in 'jobs report', 'jobs lost'
0.8 employment
1.5 pay_rise/n wage_rise/n=1.3 wage_growth=1.3 higher_wages=1.5 pay_increase/n=1.3
1.0 affordable affordability=0.5
-1.5 unaffordable
1.8 soft_landing
1.5 record_high/n all-time_high/n | mostly markets; record highs of prices or cases are not good news
-1.5 record_low/n all-time_low/n | mostly markets or approval
0.8 surge/v | direction word: good for markets, bad for violence or prices
1.0 soar/v | direction word: good for markets, bad for prices
0.8 skyrocket/v | direction word
0.5 jump/v | direction word
0.5 climb/v | direction word
-0.8 fall falls fell fallen falling | direction word: markets, figures
-0.8 drop/d | direction word
-0.5 dip/d | direction word
-1.0 slide/n slid sliding=-1.0 | markets slide
-1.5 tumble/v
-1.8 plunge/v
-2.0 plummet/v nosedive/v nose-dive/v
-2.3 freefall free_fall free-fall
-1.8 slump/v
-1.3 sink sinks sinking sank sunk | markets sink; also ships
-1.3 decline/v | declining figures; 'declined to comment' too
-0.8 declined_to_comment=-0.3 | reporting formula
-1.3 shrink shrinks shrinking shrank shrunk contraction/n=-1.5
-0.8 slowing slow_down=-1.0 slows_down=-1.0 slowed_down=-1.0
-1.5 slowdown/n
-2.0 downturn/n
-2.3 recession/n recessionary=-1.8
-2.5 double-dip_recession/n deep_recession=-2.8 global_recession=-2.8
-2.0 double-dip
-2.5 depression | economic or mental depression
-2.5 great_depression=-2.8
-1.8 stagnation stagnant=-1.5 stagnate/v=-1.5
-2.3 stagflation
-1.3 inflation inflationary=-1.0
-3.0 hyperinflation runaway_inflation=-2.8 galloping_inflation=-2.8
-1.8 high_inflation soaring_inflation=-2.3 rising_inflation=-1.8 inflation_surge=-2.0
-1.3 deflation deflationary=-1.0
-1.3 price_hike/n price_rise/n=-1.0 price_increase/n=-0.8 price_surge/n=-1.5 price_spike/n=-1.5 soaring_prices=-2.0 rising_prices=-1.5 skyrocketing_prices=-2.0
-0.8 cost_of_living
-2.3 cost-of-living_crisis cost_of_living_crisis
-1.5 costly expensive=-1.0 overpriced=-1.3 exorbitant=-1.8
-1.0 debt/n | public or household debt
-1.3 indebted indebtedness
-2.5 debt_crisis/n sovereign_debt_crisis=-2.8 debt_spiral=-2.3 debt_trap/n=-2.0 debt_default=-2.5 mountain_of_debt=-2.0 mounting_debt=-1.8 debt_burden=-1.8
-2.0 default/v | sovereign default; 'by default' is rare in news
-2.3 insolvency insolvent bankrupt bankruptcy bankruptcies go_bankrupt went_bankrupt=-2.5 goes_bankrupt
-1.8 liquidation liquidate/v=-1.5 receivership=-2.0
-2.0 foreclosure/n eviction/n evict/v
-2.0 layoff/n laid_off lay_off=-1.8 lays_off=-1.8 laying_off=-1.8
-2.3 job_loss/n job_cut/n=-2.0 mass_layoffs=-2.5 mass_redundancies=-2.5 redundancy/n=-1.8 plant_closure/n=-1.8 factory_closure/n=-1.8 mine_closure/n=-1.8 shutdown/n=-1.5 shut_down=-1.3 shuts_down=-1.3
-1.8 jobless joblessness unemployed unemployment
-2.3 mass_unemployment youth_unemployment=-2.0 high_unemployment=-2.0 rising_unemployment=-2.0 record_unemployment=-2.5
-1.3 underemployment
-1.0 cut/n cutting | budget or job cuts
-1.5 austerity austerity_measures=-1.8
-1.0 bailout/n bail_out=-0.8 | implies a crisis
1.0 rescue_package/n | implies a crisis
-1.2 deficit/n budget_deficit/n trade_deficit/n=-1.0
-1.5 shortfall/n
-1.8 shortage/n scarcity scarce=-1.3
-2.3 food_shortage/n fuel_shortage/n=-2.0 water_shortage/n=-2.0 medicine_shortage/n=-2.3 chronic_shortages
-1.8 rationing ration/v=-1.5
-1.3 hoard/v hoarding=-1.3 panic_buying=-2.0
-1.5 black_market/n
-2.8 financial_crisis/n economic_crisis/n banking_crisis/n=-2.8 currency_crisis/n=-2.5 fiscal_crisis/n=-2.5 energy_crisis/n credit_crisis/n=-2.5 liquidity_crisis/n=-2.3 housing_crisis/n=-2.0 food_crisis/n=-2.5 economic_collapse=-3.0 economic_meltdown=-3.0 financial_meltdown=-3.0
-2.3 credit_crunch bank_run/n=-2.5 bank_collapse/n=-2.5 bank_failure/n=-2.5 run_on_the_banks=-2.5
-2.8 meltdown/n market_crash/n stock_market_crash/n
-2.3 market_turmoil market_rout/n sell-off/n=-1.5 selloff/n=-1.5 fire_sale/n=-1.5 panic_selling=-2.0 flash_crash/n
-2.0 rout/v | market rout; also crushing defeat
-1.0 volatility volatile=-1.3
-1.5 turbulence turbulent
-0.8 bubble/n | asset bubble
-1.8 capital_flight brain_drain=-1.5
-2.0 trade_war/n tariff_war/n=-2.0
-1.0 price_war/n
-1.0 tariff/n | in trade disputes
-1.0 trade_barrier/n protectionism=-1.2 protectionist=-1.2
-1.5 trade_dispute/n trade_row/n=-1.5
1.0 free_trade
1.3 trade_deal/n trade_agreement/n trade_pact/n
-1.8 hard_landing
-1.5 sharp_fall/n=-1.3 sharp_drop/n=-1.3 sharp_decline/n steep_decline/n=-1.8 steep_fall/n=-1.8 steep_drop/n=-1.8 sharp_downturn/n=-2.0 sharp_slowdown/n=-1.8 sharp_contraction/n=-2.0
-0.5 sharp_rise/n steep_rise/n sharp_increase/n | usually of prices, cases or violence
1.3 sharp_rebound/n strong_rebound/n=1.8
-2.3 poverty impoverished impoverish/v=-2.0 poverty-stricken=-2.5 extreme_poverty=-2.8 abject_poverty=-2.8
-1.5 poor poorer poorest=-1.8 | poor countries or poor performance
-2.5 destitute destitution homeless=-2.0 homelessness=-2.0
0.8 wealthy wealth=1.0 affluent=1.0 rich richer richest=0.8
2.5 economic_miracle
1.5 innovation/n innovative=1.8 innovate/v=1.5
1.3 efficient efficiency efficiencies
-1.3 inefficient inefficiency inefficiencies
1.5 productive productivity=1.0
-1.5 unproductive counterproductive=-1.8 counter-productive=-1.8
0.8 competitive competitiveness
1.0 modernise/vz modernisation/nz
0.8 development | economic development
1.3 sustainable sustainability=1.0
-1.5 unsustainable
-1.5 cash-strapped debt-laden=-1.5 debt-ridden=-1.8 crisis-hit=-2.0 crisis-stricken=-2.3 crisis-ridden=-2.3 loss-making=-1.5 ailing=-1.8 troubled=-1.8 beleaguered=-2.0 embattled=-1.8 struggling=-1.5
-2.0 hard-hit hard_hit hit_hard=-2.0 worst-hit=-2.5 worst_hit=-2.5
-1.8 financial_trouble financial_difficulties financial_woes=-1.8 economic_woes=-1.8 woe/n=-2.0 woeful=-2.0
-1.3 downgrade_rating credit_downgrade/n=-1.5 junk_status=-2.0 junk=-1.5
1.3 upgrade/v | ratings or ties
1.0 creditworthy=1.0 triple-a=1.3
-1.0 bubble_burst=-2.0 burst_bubble=-2.0
-1.3 lose_money lost_money=-1.3 losing_money=-1.3
-1.5 loss/n
-1.5 losses=-1.5 heavy_losses=-2.5 huge_losses=-2.3 massive_losses=-2.5 mounting_losses=-2.3
-1.8 lose loses losing lost | also 'lost' = missing
-2.0 loser/n
-1.5 underperform/v underperformance=-1.5
1.5 outperform/v
1.0 exceed_expectations=1.8 beat_expectations=1.8 beats_expectations=1.8 beat_forecasts=1.5 better_than_expected=1.8 stronger_than_expected=1.8
-1.8 worse_than_expected weaker_than_expected missed_expectations=-1.5 below_expectations=-1.5 missed_forecasts=-1.5
1.0 tax_cut/n=0.8 tax_relief=1.0 tax_break/n=0.5
-1.0 tax_hike/n tax_increase/n=-0.8
-1.8 unpaid_wages wage_arrears=-1.8 wage_cuts=-1.8 pay_cut/n=-1.8 pay_freeze=-1.3 wage_freeze=-1.3
-1.3 strike/n | labour strikes; military strikes too. 'strike a deal' is listed
-1.0 striking | labour strike; also 'striking' = remarkable
-1.5 general_strike/n=-1.8 industrial_action=-1.3 work_stoppage/n=-1.3
1.5 strike_a_deal strikes_a_deal struck_a_deal striking_a_deal strike_deal=1.5 strikes_deal=1.5 struck_deal=1.5 clinch_a_deal=1.8 clinched_a_deal=1.8 clinches_deal=1.8 clinched_deal=1.8 seal_a_deal=1.5 sealed_a_deal=1.5 seals_deal=1.5 sealed_deal=1.5
1.8 clinch/v | a deal or a title
1.3 secure secures securing | 'secured a deal'
1.0 secured
-1.3 insecure insecurity=-1.5
-2.0 food_insecurity energy_insecurity=-1.5 job_insecurity=-1.5
-1.5 shortages_of_food=-2.3 power_cut/n=-1.8 power_outage/n blackout/n=-1.8 outage/n=-1.3 rolling_blackouts=-2.0
-1.0 cuts
""",
    ),
    (
        "disaster_health",
        r"""
# disasters and accidents
-2.0 accident/n accidental=-1.5 accidentally=-1.3
-1.5 mishap/n
-0.8 incident/n | often a euphemism for a clash or an accident
-2.5 crash/v | vehicles, planes or markets
-3.0 plane_crash/n air_crash/n train_crash/n bus_crash/n helicopter_crash/n air_disaster/n=-3.3 air_crash=-3.0
-2.5 car_crash/n road_accident/n traffic_accident/n=-2.3 car_accident/n=-2.3 road_crash/n pile-up/n=-2.0
-2.8 train_derailment/n boat_capsized=-2.8 ferry_disaster/n=-3.3 shipwreck/n=-2.5 sinking_ship=-2.3
-2.0 collision/n collide/v=-1.8 head-on_collision/n=-2.5
-2.0 derailed derails derailing | trains or talks
-2.5 capsize/v
-2.5 explosion/n explode/v=-2.3 exploded=-2.3 blast_kills=-3.0 deadly_blast/n=-3.3
-1.5 fire/n fired firing | blazes, gunfire or dismissals
-2.0 blaze/n ablaze
-2.8 inferno/n
-2.5 wildfire/n bushfire/n forest_fire/n=-2.3 brush_fire/n=-2.0 house_fire/n=-2.3
-1.8 burn/v burnt | also 'burn calories'
-2.5 earthquake/n quake/n
-1.5 tremor/n aftershock/n
-3.0 tsunami/n
-2.5 hurricane/n typhoon/n cyclone/n tornado tornadoes tornados
-1.8 storm/n stormy=-1.3 | weather, or 'political storm'
-1.8 blizzard/n heatwave/n heat_wave/n hailstorm/n=-1.5 sandstorm/n=-1.5 cold_snap/n=-1.0 cold_spell/n=-1.0 heat_stroke=-2.0 heatstroke=-2.0
-1.8 severe_weather extreme_weather=-2.0 torrential_rain=-1.8 torrential_rains=-1.8 heavy_rains=-1.3 downpour/n=-1.0 monsoon_floods=-2.5
-2.3 flood/v flood-hit=-2.0 flash_flood/n=-2.5 flooding
-2.5 landslide/n | election landslides are listed on their own
-2.5 mudslide/n avalanche/n=-2.3 rockfall/n=-1.8 sinkhole/n=-1.8
2.3 landslide_victory/n landslide_win/n won_by_a_landslide=2.3 wins_by_a_landslide=2.3
-2.3 drought/n drought-stricken drought-hit=-2.3 dry_spell/n=-1.3 desertification=-1.8 water_crisis/n=-2.5
-3.3 famine/n famine-stricken=-3.3
-3.3 starvation
-3.0 starve/v
-2.5 malnutrition malnourished
-2.3 hunger
-1.8 hungry
-2.0 eruption/n
-1.8 erupt/v | volcanoes, or violence erupts
-2.3 collapse/v | buildings, governments, talks
-2.8 building_collapse/n mine_collapse/n=-3.0 bridge_collapse/n=-2.8 roof_collapse/n=-2.5 dam_collapse/n=-3.0 dam_burst/n=-3.0
-3.0 mining_disaster/n mine_disaster/n mine_explosion/n=-3.0
-2.0 rubble wreckage=-2.3 debris=-1.3 ruins=-2.0 ruined=-2.3 ruin/v=-2.3 ruinous=-2.3
-2.3 wreck/v
-2.0 gas_leak/n chemical_leak/n=-2.3 radiation_leak/n=-2.8 toxic_spill/n=-2.5 oil_spill/n=-2.5 chemical_spill/n=-2.5
-3.0 nuclear_disaster/n=-3.3 nuclear_accident/n nuclear_meltdown/n=-3.3
-2.8 natural_disaster/n
-3.0 disaster/n disastrous
-3.3 catastrophe/n catastrophic catastrophically=-3.0
-3.0 calamity calamities calamitous
-3.0 tragedy tragedies tragic tragically=-2.8
-2.0 plight/n
-2.5 devastate/v=-3.0 devastation=-3.0 devastating=-3.0
-2.5 ravage/v
-2.5 havoc chaos=-2.5 mayhem
-2.0 chaotic
-2.5 destroy/v=-2.5 destruction=-2.8 destructive=-2.3
-1.8 damage/v | 'damages' also court awards
-2.0 harm/v harmful=-2.0
0.8 harmless
2.0 unharmed=2.0 unscathed=1.8 unhurt=1.8 | unharmed after a danger
-1.5 emergency emergencies
-2.0 state_of_emergency states_of_emergency national_emergency/n=-2.0
-2.5 humanitarian_emergency=-2.8 public_health_emergency=-2.5 medical_emergency=-2.0
-3.0 humanitarian_crisis/n humanitarian_disaster/n=-3.3 humanitarian_catastrophe/n=-3.5 humanitarian_nightmare=-3.3
-1.3 evacuate/v evacuation/n evacuee/n=-1.3
-1.5 stranded missing=-1.5 | missing people
-2.0 trapped trap/d=-1.5
-3.0 feared_dead=-3.0 presumed_dead=-2.8 feared_killed=-3.0 missing_presumed_dead=-3.0 many_dead=-3.0 dozens_dead=-3.3 hundreds_dead=-3.5 scores_dead=-3.3 thousands_dead=-3.5
-2.8 death_toll/n body_count/n rising_death_toll=-3.0 death_toll_rises=-3.0 death_toll_climbs=-3.0 toll_rises=-2.5
-1.5 toll/n | death toll
-2.8 loss_of_life lives_lost loss_of_lives lost_lives lost_their_lives=-3.0 lost_his_life=-3.0 lost_her_life=-3.0
-3.0 dead_and_wounded=-3.0 dead_and_injured=-3.0 killed_and_injured=-3.3 killed_and_wounded=-3.3
-2.3 victim/n victimise/vz=-2.0 victimisation/nz=-2.0
0.5 survivor/n | survivors of a disaster
1.5 survive/v survival=1.0 surviving=1.0 | 'surviving' also 'the surviving relatives'
1.0 rescue_operation/n rescue_effort/n=1.3 rescue_mission/n=1.3 search_and_rescue=0.8 rescue_workers=1.0 rescue_team/n=1.0 rescuers=1.5 rescuer=1.5
2.0 rescue/v | people rescued
2.3 miraculous_escape/n narrow_escape/n=1.5 miracle/n=2.3 miraculous=2.5 miraculously=2.3
# health
-2.0 disease/n diseased illness/n=-2.0 ill=-1.8 sick=-1.8 sickness=-1.8 sicken/v=-2.3 ailment/n=-1.5
-2.3 outbreak/n
-2.5 epidemic/n pandemic/n
-1.8 virus/n
-1.0 viral | also 'went viral'
-1.8 infection/n infect/v infectious=-1.8 contagious=-1.5 contagion=-2.0
-2.5 cancer/n terminal_cancer=-3.0 terminally_ill=-3.0 terminal_illness=-3.0
-2.3 tumour/n tumor/n
-2.0 stroke/n | medical stroke; 'stroke of luck' rare
-2.5 heart_attack/n cardiac_arrest/n=-2.8 heart_failure=-2.5
-1.5 flu influenza
-2.0 bird_flu swine_flu
-2.0 malaria tuberculosis dengue=-1.8
-2.5 cholera typhoid=-2.3
-2.8 ebola
-1.8 hiv
-1.5 measles polio=-1.8 mumps=-1.0
-1.3 obesity diabetes
-2.0 dementia alzheimer=-2.0 parkinson=-1.8 | disease names
-2.3 coma
-1.5 hospitalise/vz hospitalisation/nz
-0.8 surgery
0.5 treatment/n therapy/n
1.0 vaccine/n vaccination/n vaccinate/v=0.8 immunise/vz=1.0 immunisation/nz=1.0 immunity=0.8 inoculation/n=0.8
1.8 healthy healthier healthiest=2.0 health_benefits=1.8
-1.8 unhealthy
1.8 heal/v healer/n=1.3
1.8 cure/v curable=1.5
-2.3 incurable
2.3 wonder_drug/n miracle_cure/n=2.0 life-saving lifesaving life_saving
2.3 clean_bill_of_health
1.3 remedy remedies
-1.0 symptom/n
-3.0 fatal fatally=-3.0 lethal=-3.0 deadly=-3.0 deadlier=-3.0 deadliest=-3.3
-2.8 fatality/n
-1.8 mortality
-2.5 critical_condition/n life_support=-2.3 intensive_care=-1.8 serious_condition/n=-2.3 life-threatening=-2.8 life_threatening=-2.8
0.8 stable_condition | after an accident or illness
-1.3 tested_positive tests_positive test_positive positive_test/n | for a virus or doping
-1.3 side_effects side_effect=-1.3
-2.0 contaminate/v contamination
-2.8 poison/v poisonous=-2.5
-2.3 toxic toxicity=-2.0 toxin/n=-2.0
-2.0 pollution pollute/v polluter/n=-1.8 smog=-1.5 air_pollution=-2.0
-2.0 food_poisoning
-2.5 public_health_crisis health_crisis/n=-2.3 global_pandemic/n=-2.8
-2.8 death
-2.8 deaths
-2.8 die dies died dying dead
-3.0 died_suddenly=-2.8 dies_at=-2.5 died_at=-2.5 | obituary headlines
-2.3 injure/v injury=-2.0 injuries=-2.0
-2.3 wounded wound/v=-2.0 wounds=-2.0
-2.0 hurt hurts hurting hurtful=-2.0
-3.0 critically_injured fatally_injured=-3.3
-2.0 bruised=-1.3 fracture/n=-1.8 fractured=-1.8 broken_leg=-1.8 broken_arm=-1.8 concussion=-1.8
-2.0 suffer/v sufferer/n=-1.5
-2.5 suffering
-2.0 pain/n painful painfully=-1.8
-2.8 agony agonising=-2.8 agonizing=-2.8 anguish
-2.3 trauma traumatic=-2.5 traumatised=-2.5 traumatized=-2.5 traumatise/vz=-2.5
-2.5 epidemic_proportions
-1.5 quarantine/v | isolation for disease
-1.5 disabled=-0.8 disability=-0.5 | mild: descriptive
""",
    ),
    (
        "emotion",
        r"""
# emotions: positive
2.3 happy happier happiest=2.5 happiness=2.5 happily=2.0
-1.8 unhappy unhappiness unhappily=-1.5
2.8 joy joyful joyous joyfully=2.5
2.5 delight/v delightful
2.5 delighted
2.5 thrilled thrilling=2.3 thrill/n=2.0
2.0 excited exciting excitement
2.0 enthusiasm enthusiastic enthusiastically=1.8
1.3 eager eagerly=1.0 eagerness=1.3
2.0 proud proudly=1.8
1.8 pride | also 'pride parade'
1.5 satisfied satisfaction satisfying=1.5
1.0 satisfactory
-1.3 unsatisfactory
-1.5 dissatisfied dissatisfaction
2.0 cheer/v cheerful=2.0 cheery=1.8 cheering=1.8
2.8 elated elation jubilant jubilation
3.0 ecstatic ecstasy=2.5
2.5 euphoria euphoric
1.8 glad gladly=1.5
1.5 relief | also humanitarian relief
1.8 relieved
1.5 comfort/v comforting=1.5 comfortable=1.3 comfortably=1.3
-1.3 uncomfortable discomfort
2.5 love/v lovely=2.3 loving=2.3 beloved=2.3
1.0 lover/n
2.0 adore/v adorable=2.3 adoring=2.0
2.0 admire/v admiration admirable=2.0
1.3 affection affectionate=1.8 fond=1.3 fondly=1.3
1.8 romance romantic romantically=1.5
1.8 kiss/v hug/d
2.0 smile/v smiling=2.0
1.8 laugh/v laughter=2.0
2.0 fun
1.5 funny hilarious=1.8 amusing=1.5 amused=1.3 amusement=1.5 humour/u=1.3 humorous=1.5 witty=1.5
1.8 pleased pleasing pleasure/n=2.0 pleasant=1.8 pleasantly=1.5
-1.8 unpleasant
2.0 inspire/v inspiring=2.3 inspiration/n inspirational=2.3 inspired=2.0
1.5 encourage/v encouraging=1.8 encouragement
1.5 empower/v empowerment
2.3 uplifting heartwarming=2.5 heart-warming=2.5 heartening=2.0 touching=1.5 moving_tribute=2.0
1.5 hope/v hoped=1.0 hoping=1.2 | 'hopes dashed' is listed on its own
1.8 hopeful hopefully=1.0 hopefulness
2.3 new_hope/n fresh_hope/n=2.0 renewed_hope/n=2.0 high_hopes=1.8 hopes_rise=1.8 hopes_raised=1.8 raises_hopes=1.8 raised_hopes=1.8
1.5 glimmer_of_hope ray_of_hope=1.8
-2.0 hopes_dashed dashed_hopes dashes_hopes=-2.0 false_hope/n=-1.8 little_hope=-1.8 faint_hope/n=-1.0
2.0 optimism optimistic optimistically=1.8 optimist/n=1.5
-1.8 pessimism pessimistic pessimist/n=-1.5
1.5 confidence confident confidently=1.3
1.8 trust/v trusted=1.5 trusting=1.3 trustworthy=2.0
-2.0 untrustworthy
1.8 calmness serenity=2.0 serene=2.0 tranquil=1.8 tranquillity=1.8 tranquility=1.8 peace_of_mind=2.0
2.3 harmony harmonious harmonise/vz=1.5
2.0 sigh_of_relief=2.0 good_news=2.3 happy_ending/n=2.5 dream_come_true=3.0 silver_lining/n=1.5
2.3 compassion compassionate kindness=2.3 kind-hearted=2.3 kindly=1.5
2.0 generous generosity=2.3 generously=1.8
1.8 humane humanely=1.5
-2.8 inhumane inhuman
1.8 dignity dignified=1.8
-2.0 undignified=-1.5 indignity/n=-2.0
1.5 respect/v respected=1.5 respectful=1.8 respectfully=1.5
-1.8 disrespect/v disrespectful
1.8 honour/vu honourable/u=1.8 honourably/u=1.5 | honours, awards
-2.0 dishonour/vu dishonourable/u=-2.3
1.5 mercy merciful=1.8
-2.8 merciless mercilessly
1.5 charity charitable=1.5
1.5 volunteer/v=1.3 volunteering=1.5
1.3 sympathy sympathetic=1.3 sympathise/vz=1.0
-1.0 condolence/n | sympathy, but it implies a death
# emotions: negative
-2.3 anger angry angrily angered
-2.0 angers
-2.8 furious furiously=-2.5 fury
-2.8 rage/v enraged=-2.8 raging=-2.5
-2.3 outrage/v outrageous=-2.5 outraged
-2.0 indignation indignant
-1.8 upset/n upsetting=-1.8 | also a surprise sports result
-1.8 frustration/n frustrate/v frustrating frustrated
-1.8 disappoint/v disappointing disappointed disappointment/n
-2.0 dismay/v dismaying
-2.3 distress/v distressing distressed
-2.8 despair/v despairing
-2.3 desperate desperation=-2.5
-2.3 hopeless=-2.3 hopelessness=-2.5
-1.8 helpless helplessness=-2.0
-2.0 lonely loneliness alone_in_grief=-2.5
-2.3 depressed depressing depressive=-2.0
-2.0 gloom gloomy gloomier=-2.0 gloomiest=-2.3 doom=-2.5 doom_and_gloom=-2.3
-2.0 bleak bleaker bleakest=-2.3
-2.5 dire direst=-2.8
-2.0 grim grimmer=-2.0 grimmest=-2.3
-2.5 sorrow sorrowful sorrows
-2.8 grief
-2.5 grieve/v grieving grief-stricken=-3.0
-2.3 mourn/v mourner/n=-2.0 mourning
-2.0 funeral/n burial/n=-1.8 buried=-1.5 bury/v=-1.5 coffin/n=-2.0 casket/n=-2.0 | burials after deaths
-2.0 sad sadly=-1.8 saddened sadden/v sadder=-2.0 saddest=-2.3 sadness
-1.5 tear/n tearful=-1.8 in_tears=-1.8 | 'tears' of grief
-2.0 weep weeps weeping wept
-1.5 cry cries cried crying
-2.8 heartbreak heartbreaking heartbroken heart-breaking heartbreakingly=-2.5
-2.8 terrified terrifying terrify/v=-2.8
-2.0 scared scary scare/v=-1.8 scare=-1.8 | 'health scare'
-2.3 frightened frightening frighten/v=-2.0 fright=-1.8
-1.8 fear/v fearful=-1.8 fearing=-1.8
-2.3 dread dreaded=-2.0 dreadful=-2.8 dreadfully=-2.3
-2.8 horror/n horrified horrify/v=-2.8
-3.3 horrific horrifying horrifically=-3.0 horrendous=-3.0 horrible=-3.0 horribly=-2.5
-2.5 appalled=-2.5 appalling=-2.8 appallingly=-2.5
-2.5 disgust disgusted disgusting=-2.8 disgustingly=-2.5 revulsion=-2.5 repugnant=-2.5 repulsive=-2.5 abhorrent=-3.0 abhor/d=-2.5
-2.8 sickening=-2.8 nauseating=-2.3
-2.0 shock/v shocking=-2.3 shockingly=-2.0 | 'shock' result or news
-1.0 stunned stun/d=-1.0 stunning=2.0 stunningly=2.0 | 'stunned' = shocked; 'stunning' = impressive
-1.8 worry/v worrying worrisome worryingly=-1.8
-1.8 anxiety anxious anxiously=-1.5 anxieties
-1.8 alarm/v alarming=-2.0 alarmingly=-1.8
-2.3 panic panics panicked panicking panicky=-2.0
-1.3 nervous nervousness jitters jittery uneasy=-1.3 unease=-1.3 uneasiness=-1.3
-1.3 fragile fragility=-1.3
-1.5 vulnerable vulnerability vulnerabilities=-1.3
-1.0 risk/n risky=-1.3
-2.0 danger dangers endanger/v=-2.0 endangered=-1.8
-2.3 dangerous dangerously=-2.3
-2.3 peril perilous perils
-1.5 hazard/n hazardous=-1.8
-2.0 threatened=-2.0
-1.3 doubt/v doubtful dubious=-1.5
-1.3 sceptical skeptical scepticism skepticism sceptic/n=-1.0 skeptic/n=-1.0
-1.3 uncertain uncertainty=-1.5 uncertainties=-1.5
-2.0 confusion=-1.3 confused=-1.3 confusing=-1.3
-2.0 chaotic_scenes=-2.5
-2.3 terror-stricken=-3.0 panic-stricken=-2.5
-1.5 bewildered=-1.3 baffled=-1.3 baffling=-1.3 perplexed=-1.0
-1.3 jealous=-1.5 jealousy=-1.5 envy=-1.3 envious=-1.3 resentment=-1.8 resent/v=-1.8 resentful=-1.8 bitter=-1.8
-2.0 guilt=-1.8 guilty_conscience=-1.8 remorse=-1.5 remorseless=-2.5 regretful=-1.5
-2.0 shame/v shameful=-2.5 shameless=-2.3 shamelessly=-2.3 ashamed=-2.0
-2.5 disgrace/v disgraceful=-2.8
-2.0 contempt=-2.0
-1.8 boredom=-1.3 boring=-1.5 bored=-1.3 dull=-1.0 tedious=-1.3
-2.0 misery miserable=-2.5 miserably=-2.3
-2.3 unbearable=-2.5 intolerable=-2.5 excruciating=-2.8 torment/v=-2.8 tormentor/n=-2.5
-2.8 nightmare nightmares nightmarish=-3.0
-2.5 ordeal ordeals
-2.0 hardship hardships
-1.8 trouble/v troubled=-1.8 troubling=-2.0 troublesome=-1.8 troublemaker/n=-1.8
-1.5 problem/n problematic=-1.5
-1.3 difficult difficulty difficulties
-0.5 challenge/n challenging=-0.8 | also 'rise to the challenge'
-1.3 obstacle/n hurdle/n=-1.0 barrier/n=-1.0 bottleneck/n=-1.0 stumbling_block/n=-1.5 roadblock/n=-1.3
-1.3 complication/n complicated=-0.8
-1.8 mess messy=-1.5
-2.5 fiasco/n debacle/n
-2.0 blunder/v
-1.5 mistake/n mistaken=-1.3 mistakenly=-1.3
-1.3 error/n erroneous=-1.3
-1.3 fault/n faulty=-1.5 flaw/n flawed
-1.3 defect/n defective=-1.5
-1.0 glitch/n
-1.5 malfunction/v
-2.3 failure/n
-1.5 setback/n=-1.8
-1.8 blow_to=-1.8 major_blow=-2.0 heavy_blow=-2.0 body_blow=-2.0 crushing_blow=-2.5 severe_blow=-2.0 serious_blow=-2.0 | 'a blow to'
-1.3 blow | 'a blow to'; also 'blow up'
-2.3 blow_up blew_up blown_up blowing_up blows_up
-2.0 slap_in_the_face kiss_of_death=-2.3 last_straw=-1.5 dead_end/n=-1.8 dead-end=-1.8 uphill_battle=-1.5 uphill_struggle=-1.5 lame_duck=-1.3 rock_bottom=-2.0 worst-case_scenario=-2.0
-1.8 vicious viciously=-2.0
""",
    ),
    (
        "evaluation",
        r"""
# general evaluation: positive
1.8 good goodness=1.5
1.3 better
2.0 best
2.3 great greater=1.3 greatest=2.5 greatness=2.3
2.8 excellent excellence=2.5
2.8 superb superbly=2.5 outstanding=2.5 exceptional=2.5 magnificent=2.8 splendid=2.5 marvellous=2.8 marvelous=2.8 fantastic=2.8 fabulous=2.5 terrific=2.5 wonderful=2.8 wonderfully=2.5 brilliant=2.5 brilliantly=2.3 phenomenal=2.5 sensational=2.3 spectacular=2.3 spectacularly=2.0
2.5 amazing amazed=2.0 astounding=1.8 awesome=2.5 incredible=2.0 extraordinary=1.8 remarkable=2.0 impressive=2.0 impressed=1.8 impress/v=1.8
1.5 astonishing | also of bad news
1.8 nice nicer=1.8 nicest=2.0
2.5 perfect perfection=2.5 flawless=2.5 impeccable=2.3
1.8 ideal ideally=1.3
1.5 superior
-1.5 inferior inferiority
1.3 positive positively=1.3 positivity=1.5 | 'tested positive' is listed on its own
-1.3 negative negatively negativity=-1.5
1.8 beneficial benefit/v
1.3 advantage/n advantageous=1.5
-1.3 disadvantage/n disadvantaged=-1.5
1.3 useful usefulness=1.0
-2.0 useless futile=-1.8 futility=-1.8 pointless=-1.8 worthless=-2.3 meaningless=-1.5
1.8 valuable invaluable=2.0
1.5 worthy worthwhile=1.5
-1.5 unworthy
1.5 effective effectively=1.3 effectiveness=1.3 efficacy=1.3
-1.5 ineffective ineffectual
1.8 improve/v improvement/n
1.3 enhance/v enhancement/n
1.8 achieve/v achievement/n achiever/n=1.5
1.8 accomplish/v accomplishment/n accomplished=1.8
1.8 milestone/n
2.0 succeed/v | 'succeeded X as president' too
2.3 success/n successful successfully=2.0
2.3 success_story/n
1.0 opportunity opportunities
1.3 bright brighter=1.5 brightest=1.5
1.5 favourable/u favourably/u=1.3
-1.5 unfavourable/u unfavourably/u=-1.3
2.0 beautiful beautifully=2.0 beauty=2.0 gorgeous=2.5
1.8 elegant elegance=1.8 charming=2.0 charm=1.5 charismatic=1.5 attractive=1.5
1.8 cute=1.8 sweet=1.5 sweetest=1.8
1.5 clever smart=1.0 intelligent=1.5 wisdom=1.8
1.3 wise
2.3 genius
2.0 talented talent/n=1.5 gifted=1.8 skilled=1.5 skilful=1.5 skillful=1.5 capable=1.3 competent=1.3 competence=1.3 expertise=1.0
-2.0 incompetent incompetence inept=-2.0 ineptitude=-2.0 bungle/v=-2.0 botch/v=-2.0
1.8 honest honesty honestly=1.0
-2.3 dishonest dishonesty
1.8 integrity
1.5 reliable reliability=1.3
-1.5 unreliable
1.5 loyal loyalty=1.3
-1.8 disloyal disloyalty
2.3 brave bravely=2.0 bravery courage courageous courageously=2.0
2.5 heroic heroically=2.3 heroism
2.3 hero heroes heroine/n
2.3 valiant valour/u=2.3 selfless=2.3 gallantry=2.0 fearless=1.5
-2.3 cowardly coward/n cowardice
1.0 bold boldly=0.8 daring=1.0
-2.0 arrogant arrogance arrogantly=-2.0
-2.0 greedy greed
-2.0 selfish selfishness
-2.5 ruthless ruthlessly ruthlessness
-2.5 callous heartless cold-blooded=-3.0 cold_blooded=-3.0
-1.5 cynical cynicism cynically=-1.5
-1.8 ignorant ignorance
-2.0 stupid stupidity foolish=-1.8 folly=-1.8 idiotic=-2.0 idiot/n=-2.0 moron/n=-2.3 fool/n=-1.8
-1.8 absurd absurdity ridiculous=-1.8 ludicrous=-1.8 preposterous=-2.0 nonsense=-1.5 laughable=-1.8 farcical=-2.0 farce=-2.0
-2.3 pathetic pitiful=-2.0 lamentable=-2.0 deplorably=-2.3
-2.3 scandal/n scandalous scandalise/vz=-2.0
-2.5 sex_scandal/n corruption_scandal/n=-2.5 bribery_scandal/n=-2.5 doping_scandal/n=-2.3
-1.5 controversy controversies controversial=-1.3
-2.0 notorious notoriously=-1.8 infamous infamy=-2.3 disreputable=-2.0
-2.3 sinister ominous=-2.0 ominously=-1.8
-3.0 evil evils
-2.5 wicked wickedness
-2.8 cruel cruelly cruelty=-3.0
-3.3 heinous barbaric barbarity barbarism=-3.3 barbarous=-3.3
-3.0 monstrous monster/n=-2.8 vile=-3.0 depraved=-3.0 sadistic=-3.0 diabolical=-3.0 demonic=-2.8
-2.8 savage savagely savagery=-3.0
-2.8 brutal brutally brutality=-3.0 brutalise/vz=-2.8
-3.0 gruesome grisly=-3.0 macabre=-2.3 gory=-2.8
-2.3 nasty nastier=-2.3 nastiest=-2.5
-1.8 ugly ugliest=-2.0 ugliness=-1.8
-2.0 bad
-2.0 worse
-2.8 worst
-2.0 worsen/v worsening
-2.0 deteriorate/v deterioration
-2.5 decay/v=-1.8 rot/d=-2.0 rotten=-2.3 decrepit=-1.8 dilapidated=-1.5
-2.8 terrible terrifyingly=-2.8
-2.8 awful dreadful=-2.8 abysmal=-2.8 atrocious=-3.0
-2.0 poor_performance=-1.8 poor_showing=-1.8 dismal=-2.3 dismally=-2.0 lacklustre=-1.5 lackluster=-1.5 mediocre=-1.5 disappointing_result/n=-2.0
-2.0 shoddy=-2.0 substandard=-1.8 sloppy=-1.5 careless=-1.5 carelessness=-1.5 negligent=-2.0 negligence=-2.0 neglect/v=-1.8 neglectful=-1.8
-1.3 ignore/v | 'ignored warnings'
-1.8 abandon/v abandonment=-2.0
-1.8 exploit/v exploitation=-2.3 exploitative=-2.3 | 'exploits' also feats (rare in news)
-1.5 unfortunate=-1.8 unfortunately misfortune=-2.0 misfortunes=-2.0
1.8 fortunate fortunately=1.5 good_fortune=2.0
1.5 luck lucky=1.8 luckily=1.5 luckiest=2.0
-1.5 unlucky bad_luck=-1.8
2.0 blessing/n blessed=1.8 godsend=2.3 boon/n=1.8
-2.0 curse/n cursed=-2.0 scourge/n=-2.5 plague/v=-2.5 blight/n=-2.0 bane=-2.0 menace_to_society=-2.3
2.0 paradise heaven heavenly=2.0 idyllic=2.3 utopia=1.5
-2.5 hell hellish=-2.8 hellhole=-2.8
-1.5 damn damned=-1.8
1.5 angel/n angelic=1.8
-2.0 devil/n devilish=-1.8
1.5 safe safer safest=1.8 safely=1.8 safety=1.3 safeguard/v=1.3
-1.8 unsafe
1.3 protect/v protection/n protective=1.0 protector/n=1.3
0.5 defend/v defender/n=0.5 | mostly 'defend itself', 'defend the decision'
1.3 secure_future=1.8
1.0 well-being wellbeing welfare=0.8 | well-being is +, 'welfare' a policy word
1.5 well-deserved=2.0 hard-won=1.5 hard-earned=1.3 long-awaited=1.0 much-needed=1.0 well-received=1.8 widely_praised=2.3 critically_acclaimed=2.3 world-class=2.3 first-class=1.8 top-notch=2.0 high-quality=1.5 top-quality=1.8 state-of-the-art=1.5 cutting-edge=1.3 ground-breaking=2.0 groundbreaking=2.0 game-changer=1.5 game-changing=1.5 record-breaking=2.0 trailblazing=2.0 trailblazer/n=1.8 pioneer/n=1.5 pioneering=1.8
-1.5 low-quality=-1.5 second-rate=-1.8 third-rate=-2.0 ill-fated=-2.5 ill-advised=-1.5 ill-conceived=-1.5 ill-prepared=-1.5 ill-equipped=-1.5 misguided=-1.5 misconceived=-1.5 wrong-headed=-1.5 short-sighted=-1.5 shortsighted=-1.5 half-hearted=-1.3 lacklustre_response=-1.8
-1.3 wrong wrongly=-1.3 wrongful=-2.0 wrongfully=-2.0
1.0 right_decision=1.5
-1.5 wrong_decision
-1.0 weak_link
1.3 win-win_situation=2.0
1.5 upside=1.0 plus_side=1.3 bright_side=1.5
-1.0 downside downsides drawback/n=-1.0
-1.3 shortcoming/n deficiency deficiencies=-1.3 inadequate=-1.5 inadequacy=-1.5 insufficient=-1.3
1.0 adequate=0.5 sufficient=0.5 ample=0.8 plentiful=1.0 abundant=1.0 abundance=1.3
2.0 admirably=2.0 commendable=2.0 laudable=2.0 praiseworthy=2.0 exemplary=2.3 noble=1.8 nobly=1.5 virtuous=1.8 virtue/n=1.5 righteous=1.0 decent=1.5 decency=1.8
-2.0 indecent=-1.8 indecency=-1.8 obscene=-2.3 obscenity=-2.0 vulgar=-1.8 crude=-1.3 lewd=-1.8
-1.3 questionable=-1.3 dubiously=-1.3 shady=-1.8 murky=-1.3 suspiciously=-1.3 fishy=-1.3
-1.8 bogus=-2.0 fake=-1.8 phoney=-1.8 phony=-1.8 counterfeit=-1.8 fabricated=-2.0 fabrication/n=-2.0 forged=-1.8 forgery/n=-1.8 hoax/n=-1.8
1.5 genuine=1.3 authentic=1.3 credible=1.3 credibility=1.3 sincere=1.5 sincerely=1.3 sincerity=1.5
-1.5 insincere=-1.5 hollow=-1.3 empty_promises=-2.0 broken_promise/n=-2.0 false_promises=-2.0
-1.0 unclear=-0.8 vague=-0.8 ambiguous=-0.8
""",
    ),
    (
        "sport_people",
        r"""
# sport, awards, celebrity, everyday life
2.3 win wins winning | sport, elections, awards
2.0 won | also the Korean currency
2.3 winner/n
2.5 victory victories victorious
2.8 triumph/v triumphant triumphantly=2.5
-2.0 defeat/n defeated | also 'defeats a rival'
-1.5 defeats defeating=-1.0
-2.5 crushing_defeat/n heavy_defeat/n=-2.3 humiliating_defeat/n=-2.8 narrow_defeat/n=-1.5 shock_defeat/n=-2.3 election_defeat/n=-2.0
0.5 beat beats | sport: 'X beats Y'
2.0 beat_the_odds beats_the_odds beating_the_odds against_the_odds=1.8
-2.0 beaten beating=-2.0 beatings=-2.3 | assaults; also beaten in sport
2.3 champion/n championship/n=1.3 champ/n=2.0 title_win/n=2.3 title_winner/n=2.3
1.8 crowned
1.8 medal/n medallist/n=1.8 medalist/n=1.8 trophy trophies
2.3 gold_medal/n gold_medallist/n gold_medalist/n olympic_gold=2.3 olympic_champion/n=2.5 world_champion/n=2.5 world_title/n=2.0
1.5 silver_medal/n bronze_medal/n=1.3
1.8 grand_slam/n | tennis, golf
2.0 world_record/n record-setting=1.8
1.3 podium
1.8 unbeaten undefeated
-1.5 winless
2.0 winning_streak/n unbeaten_run/n=2.0
-1.8 losing_streak/n
1.8 comeback/n comeback_win/n=2.5
1.3 qualify/v qualification=1.0 qualified=1.0 qualifying=0.5
-1.5 eliminate/v elimination/n=-1.3 knocked_out=-1.5 knock_out=-1.3 crash_out=-1.8 crashes_out=-1.8 crashed_out=-1.8 crashing_out=-1.8 bow_out=-1.3 bows_out=-1.3 bowed_out=-1.3
-2.0 relegate/v relegation=-1.8
1.5 promoted promotion/n=1.3
0.5 advance advances | sport or troops advancing
2.0 outclass/v=1.5 dominate/v=0.8 dominant=1.0 dominance=0.8 | dominant sides; domination can be hostile
-0.5 domination
2.3 standing_ovation/n ovation/n=2.0 applause=2.0 acclaim/v=2.3 accolade/n=2.0 plaudits=2.0
1.5 tribute/n salute/v=1.5 | tributes often follow deaths
1.8 award/v award-winning=2.3 awardee/n=1.8 prize/n laureate/n=2.0 prizewinner/n=2.0 prize-winning=2.3
2.5 nobel_prize/n=2.5
1.3 nominate/v=1.3 nomination/n=1.0 nominee/n=0.8 | awards or offices
2.3 celebrate/v celebration/n celebratory
2.3 wedding/n weds wedded=1.5 newlywed/n=2.0 newly-weds=2.0
1.8 marry/v marriage/n=1.0 married=1.0 | 'married' often descriptive
2.0 engaged_to=1.8 got_engaged=2.0 gets_engaged=2.0
2.0 honeymoon/n | 'honeymoon is over' for leaders
-1.5 honeymoon_is_over honeymoon_over=-1.3
-1.8 divorce/v divorcee/n=-1.0
-1.5 breakup/n break-up/n break_up=-1.3 breaks_up=-1.3 broke_up=-1.3 split_up=-1.3 splits_up=-1.3 separated=-1.0 separation/n=-1.0
1.3 baby babies=1.0 newborn/n birth/n=1.3 births=0.5 birthday/n=1.5 | 'birth rate' is a statistic
0.8 born | 'born' in birth news
1.0 pregnant pregnancy pregnancies=0.5 expecting_a_baby=1.8 gives_birth=1.8 gave_birth=1.8 give_birth=1.5 new_baby=2.0 baby_boy=1.8 baby_girl=1.8
-2.3 miscarriage/n stillbirth/n=-2.8 stillborn=-2.8 infertility=-1.5 infertile=-1.3
0.5 anniversary anniversaries | also of tragedies
1.5 festival/n festive=2.0 festivity festivities=1.8 carnival/n=1.5 fiesta/n=1.5 parade/n=1.0 fireworks=1.3 gala/n=1.5
1.3 holiday/n vacation/n=1.3 holidaymaker/n=0.5 | also 'public holiday'
1.8 gift/n
1.3 bonus/n bonuses=1.0 | bankers' bonuses are controversial
1.3 reward/v rewarding=1.8
2.3 jackpot/n
1.0 lottery_win/n=2.3 lottery_winner/n=2.3
1.0 fame famous=1.0 celebrity=0.5 celebrities=0.5 | celebrity news is mostly neutral
0.8 star/n superstar/n=1.8 stardom=1.3 starring=0.5 | also 'five-star'
0.5 fan/n | supporters in sport or culture
1.3 popular popularity=1.0
-1.5 unpopular unpopularity
2.0 legend legendary=2.0 icon/n=1.5 iconic=1.8
1.8 blockbuster/n=1.5 bestseller/n=1.5 best-seller/n=1.5 best-selling=1.5 bestselling=1.5 smash_hit/n=2.0 box_office_hit/n=1.8 chart-topping=1.8 sell-out=1.3 sold_out=1.0 sold-out=1.3
-1.8 flop/d box_office_flop/n=-2.0 box-office_flop/n=-2.0 bombed_at_the_box_office=-2.0
1.5 hit_single/n=1.3 hit_song/n=1.3 hit_show/n=1.3 hit_film/n=1.3 hit_movie/n=1.3 hit_series=1.3 surprise_hit/n=1.8 runaway_success=2.5 instant_hit=1.8
2.0 enjoy/v enjoyable=2.0 enjoyment=2.0
1.8 entertaining=1.8 entertain/v=1.5 entertainer/n=1.0 delightfully=2.3
1.5 dream/n dreamy=1.3 | 'dream' wins; 'nightmare' is listed negative
1.0 adventure/n adventurous=1.3
1.5 welcome_home=2.3 homecoming/n=2.0 reunited_with=2.3
-1.8 cheat/v cheater/n=-2.0 cheats
-2.3 doping doped=-2.3 dope_test=-1.3 drug_cheat/n=-2.5
-1.5 ban/d banned=-1.5 | sport bans or bans on goods
-1.3 suspended=-1.3 sidelined=-1.3 benched=-1.0
-1.0 injury_scare=-1.5 injury_blow=-1.8 injury-hit=-1.8 injury-plagued=-2.0
-1.3 rehab=-1.0 rehabilitation=0.5 | rehab of a celebrity, rehabilitation of a person or place
-1.5 sacked sack/v ousted=-1.8 oust/v=-1.8 ouster=-1.8 ousting=-1.8
-1.3 resign/v resignation/n=-1.3 step_down=-1.0 steps_down=-1.0 stepped_down=-1.0 stepping_down=-1.0 quit=-1.0 quits=-1.0 quitting=-1.0 | often after a scandal
-1.8 forced_to_resign=-2.0 forced_out=-2.0 calls_to_resign=-1.8 calls_for_resignation=-1.8
-1.8 impeach/v impeachment/n
-1.3 lame-duck=-1.3
-2.3 political_crisis/n constitutional_crisis/n=-2.3 government_collapse/n=-2.3 political_turmoil=-2.3 political_deadlock=-1.8 political_stalemate=-1.5 political_impasse=-1.5 political_upheaval=-2.0 political_instability=-2.0 political_chaos=-2.5
-1.8 disputed_election/n contested_election/n=-1.5 election_dispute/n=-1.5 post-election_violence=-3.0 election_violence=-2.8
-2.3 turmoil
-2.0 unrest upheaval=-2.0 upheavals=-2.0
-2.3 riot/v rioter/n=-2.3
-2.0 looting_and_rioting=-2.5 rioting_and_looting=-2.5
-2.0 anarchy=-2.5 lawlessness=-2.5 lawless=-2.3
-1.5 clampdown/n=-2.0
-2.0 dysfunction=-1.8 dysfunctional=-1.8
-1.5 gaffe/n=-1.5 faux_pas=-1.3 misstep/n=-1.3 u-turn/n=-1.0 backtrack/v=-1.0 flip-flop/d=-1.3
-1.3 unpopular_decision/n=-1.5
""",
    ),
    (
        "actions",
        r"""
# everyday helping and harming verbs
1.0 help/v helper/n=1.0 | also 'help' in crises
1.5 helpful helpfully=1.3
1.8 save/v saved saviour/u=2.0 | 'save lives'; 'savings' is money
0.8 saving savings
1.0 assist/v assistance
1.0 contribute/v=0.8 contribution/n=0.8
1.0 provide_relief=1.5 relief_aid=1.5 emergency_relief=1.3
0.5 care/n caring=1.8 carer/n=0.5 caregiver/n=0.5 | 'care' as concern for others
-1.8 careless_disregard=-2.0 disregard/v=-1.5
1.5 nurture/v=1.5 foster/v=0.8 | 'foster cooperation'
1.5 hospitality=1.8 hospitable=1.8
-2.0 flee fled flees fleeing | people fleeing danger
-1.8 refugee/n | implies displacement
-1.8 displace/v displacement/n=-2.0 internally_displaced=-2.3 forced_displacement=-2.8 uprooted=-2.0
-2.5 refugee_crisis/n migrant_crisis/n=-2.0 mass_exodus=-2.5
-1.8 exodus
-1.8 deport/v deportation/n deportee/n=-1.3
-1.5 exile/n exiled=-1.5 | people forced into exile
-2.0 orphan/n orphaned=-2.3 widow/n=-1.5 widowed=-1.8 bereaved=-2.3 bereavement=-2.3
-1.5 missing_person/n=-1.5 went_missing=-1.8 gone_missing=-1.8
1.8 found_alive=2.8 found_safe=2.5 pulled_alive=2.5 pulled_from_the_rubble=1.5 alive_and_well=2.3
-3.0 found_dead=-3.0 body_found=-2.8 bodies_found=-3.0 bodies_recovered=-2.8 body_recovered=-2.8 remains_found=-2.5
1.5 alive | in disaster news: found alive
-1.3 struggle/v=-1.3 struggling=-1.5
-1.3 fragmented=-1.3 fractured_relations=-1.8
-1.5 torn_apart tear_apart tears_apart tearing_apart=-2.0
-1.8 shatter/v shattered=-2.0
-1.5 crumble/v crumbling=-1.8
-1.0 hit_by | 'hit by sanctions', 'hit by a car'
-1.3 hit_out hits_out hitting_out
-2.0 strike_down struck_down=-2.3
-2.0 knock_down knocked_down=-2.0 run_over=-2.0 ran_over=-2.0
-2.0 scuffle/n=-1.5 brawl/n melee=-1.8 fistfight/n=-1.8 punch-up=-1.8 fisticuffs=-1.5 altercation/n=-1.3
-2.0 punch punched punching
-1.5 kicked_out kicks_out=-1.5
-2.0 slap slapped slapping
-1.8 push_back pushback=-0.8 | resistance
-2.0 tear_down tore_down torn_down=-2.0 raze/v=-2.8 bulldoze/v=-2.0 demolish/v=-1.5 demolition/n=-1.5
-2.0 set_ablaze set_on_fire=-2.3 set_alight=-2.3 torched=-2.3 burned_down burnt_down
-2.3 gutted=-1.8 | buildings gutted by fire; also 'devastated'
-2.0 vandalised vandalized
1.3 clean_up=0.8 cleanup=0.8 | after a disaster
1.8 lifeline/n=1.5 safe_haven/n=1.5 sanctuary=1.3 shelter/n=0.8 | safe places
1.0 restore_order=1.0 restored_order=1.0
""",
    ),
    (
        "diplomacy_more",
        r"""
# more international-affairs vocabulary
1.5 summit_success=2.0 successful_summit/n=2.3 successful_talks=2.3 successful_visit/n=2.0
-1.8 summit_collapse/n=-2.3 summit_failure=-2.0
1.3 state_visit/n=0.5 goodwill_visit/n=1.8 goodwill_mission/n=1.5 goodwill_tour/n=1.5
1.5 landmark_visit/n=1.5
1.3 bridge-building=1.5 bridge_the_gap=1.3 bridging_the_gap=1.3 narrowed_differences=1.5 narrow_differences=1.3 overcome_differences=1.8 differences_resolved=2.0 dispute_resolved=2.0 resolved_the_dispute=2.0 end_the_dispute=1.3 settle_the_dispute=1.5 settled_the_dispute=1.8
-1.3 differences=-0.8 sharp_differences=-1.5 deep_differences=-1.5 irreconcilable_differences=-2.3 | 'differences remain'
-1.3 little_progress=-1.3
1.8 significant_progress=2.0 substantial_progress=2.0 considerable_progress=1.8 real_progress=1.8 tangible_progress=1.8 good_progress=1.8
1.8 agreement_reached=2.0 reached_an_agreement=2.0 reach_an_agreement=1.5 reached_agreement=2.0 deal_reached=2.0 reached_a_deal=2.0 agreed_to_a_ceasefire=2.3 agreed_to_a_truce=2.3 signed_a_peace=2.5 signs_peace=2.5 signed_peace=2.5
1.5 sign_the_treaty=1.3 signed_the_treaty=1.3 ratify/v=1.0 ratification/n=1.0
1.0 joint_statement/n=0.8 joint_declaration/n=1.0 communique=0.5 memorandum_of_understanding=1.0 framework_agreement/n=1.3 roadmap/n=1.0 road_map/n=1.0 blueprint_for_peace=1.8
1.5 friendly_visit/n=1.5 courtesy_call/n=0.8
1.5 ties_improve=1.8 improved_ties=1.8 improving_ties=1.5 improved_relations=1.8 improving_relations=1.5 better_relations=1.5 closer_ties=1.5 deepen_ties=1.3 deepening_ties=1.3 strengthen_ties=1.3 strengthened_ties=1.5 boost_ties=1.5 warming_ties=1.5 warming_relations=1.5 thawing_relations=1.5 thaw_in_relations=1.5
-1.8 souring_relations=-1.8 soured_relations=-1.8 sour_relations=-1.5 sour/v=-1.5 souring=-1.5 frosty=-1.5 frosty_relations=-1.8 icy=-1.5 icy_relations=-1.8 chill=-1.0 chilly=-1.3 strained_relations=-1.8 strained_ties=-1.8 worsening_relations=-2.0 deteriorating_relations=-2.0 relations_deteriorate=-2.0 relations_sour=-1.8 low_point=-1.8 lowest_point=-2.0 nadir=-2.0 rock-bottom=-2.0
-1.0 hawks=-0.8 | hard-liners in a government
-1.5 intransigent_stance=-2.0 hardened_stance=-1.5 hardening_stance=-1.5 harden/v=-1.0
1.3 softened_stance=1.3 softening_stance=1.3 soften/v=0.8 | softer positions in talks
1.0 conciliatory=1.8 conciliation=1.8 placate/v=0.5 accommodate/v=0.8 accommodating=1.0 accommodative=0.5
1.5 consult/v=0.8 consultation/n=0.8 consultative=0.8
1.0 inclusive_dialogue=1.8 national_dialogue=1.5 open_dialogue=1.5 direct_talks=1.0 face-to-face_talks=1.0 high-level_talks=0.8 round_of_talks=0.5 new_round_of_talks=0.8
-2.5 collapse_of_the_ceasefire=-2.8 ceasefire_violation/n=-2.5 broke_the_ceasefire=-2.5 breaking_the_ceasefire=-2.5 breach_of_the_ceasefire=-2.5 ceasefire_breach/n=-2.5 truce_violation/n=-2.5 violated_the_ceasefire=-2.5 ceasefire_collapse/n=-2.8 ceasefire_collapsed=-2.8 truce_collapsed=-2.8
0.5 fragile_ceasefire fragile_truce shaky_ceasefire shaky_truce | still a ceasefire
-1.8 resumed_fighting=-2.5 renewed_fighting=-2.5 fresh_fighting=-2.5 fighting_resumed=-2.5 fighting_erupted=-2.8 violence_erupted=-2.8 clashes_erupted=-2.8 fresh_clashes=-2.3 renewed_clashes=-2.3 renewed_violence=-2.5 fresh_violence=-2.5 new_wave_of_violence=-2.8 upsurge_in_violence=-2.8 surge_in_violence=-2.8 spike_in_violence=-2.8 wave_of_attacks=-3.0 spate_of_attacks=-2.8 string_of_attacks=-2.8 series_of_attacks=-2.8 killing_of_civilians=-3.3 targeting_civilians=-3.0 targeted_civilians=-3.0 deliberately_targeted=-2.8
-1.5 retaliated=-2.0 hit_back=-1.5 hits_back=-1.5 hitting_back=-1.5 strike_back=-1.8 struck_back=-1.8 vowed_revenge=-2.5 vows_revenge=-2.5 vow_revenge=-2.5 vowed_to_retaliate=-2.3 vows_to_retaliate=-2.3 threatened_to_retaliate=-2.3 threatens_to_retaliate=-2.3
-1.0 respond_decisively=-0.5 | threat formula, kept mild like 'decisively'
-2.0 will_pay_a_price=-2.3 all_options_are_on_the_table=-1.5 all_options_on_the_table=-1.5 fire_and_fury=-3.0 wipe_off_the_map=-3.5 wiped_off_the_map=-3.5 wipe_out=-2.8 wiped_out=-2.8 wipes_out=-2.8 annihilate/v=-3.5 annihilation=-3.8 obliterate/v=-3.3 obliteration=-3.5 decimate/v=-3.0 raze_to_the_ground=-3.0 reduced_to_rubble=-3.0 flattened=-2.5
-2.5 existential_threat/n=-2.8 direct_threat/n=-2.3 serious_threat/n=-2.3 grave_threat/n=-2.8 clear_and_present_danger=-2.5 imminent_threat/n=-2.8 security_threat/n=-2.0 terrorist_threat/n=-2.8 terror_threat/n=-2.8 threat_level=-1.5 high_alert=-1.5 on_alert=-1.0 heightened_alert=-1.5 combat_readiness=-1.3 full_combat_readiness=-1.8 high_readiness=-1.0 state_of_alert=-1.3
-1.5 troop_deployment/n=-1.3 troops_massed=-2.0 massing_troops=-2.0 massed_troops=-2.0 military_drills=-1.0 war_games=-1.0 military_exercises=-0.8 live-fire_exercise/n=-1.0 live-fire_drills=-1.0 show_of_strength=-1.0 muscle-flexing=-1.3 flexing_military_muscle=-1.3 military_posturing=-1.5 posturing=-1.0
-2.0 incursions_into_airspace=-2.0 airspace_violation/n=-2.0 violated_airspace=-2.0 territorial_waters_violation=-2.0 border_violation/n=-1.8 border_provocation/n=-2.0
-2.0 spy_scandal/n=-2.0 spy_row/n=-1.8 spy_ring/n=-1.8 espionage_charges=-1.8
0.5 spy_swap/n | a swap ends a case
-1.8 diplomatic_expulsions=-2.0 tit-for-tat_expulsions=-2.0 mass_expulsion/n=-2.3 expelled_ambassador=-2.0 ambassador_expelled=-2.0 embassy_closure/n=-1.8 closed_its_embassy=-1.8 embassy_attack/n=-3.0 embassy_siege/n=-2.8
-1.5 trade_restrictions=-1.3 export_ban/n=-1.3 import_ban/n=-1.3 export_controls=-1.0 travel_ban/n=-1.5 visa_ban/n=-1.3 asset_freeze/n=-1.3 frozen_assets=-1.3 blacklist/v=-1.5 blacklisted=-1.5 sanctions_list=-1.3
1.5 visa-free=1.3 open_borders=0.8 border_reopened=1.5 border_reopening=1.3 reopened_border=1.3 resumption_of_flights=1.3 direct_flights=0.8 people-to-people=1.3 cultural_exchange/n=1.3 student_exchange/n=1.0
-1.5 border_closure/n=-1.5 closed_border=-1.3 border_closed=-1.3 sealed_border=-1.5 sealed_off=-1.5 cordoned_off=-1.0
""",
    ),
    (
        "headline_more",
        r"""
# core headline words not covered above
-2.3 crisis/n | 'crisis talks' too
-2.8 hate/v hatred hateful hater/n=-2.0
-2.0 conflict/n | armed or political conflict
-2.3 confrontation/n
-1.5 confront/v confrontational=-1.8
-0.8 weapon | arms deliveries; mildly negative
-1.0 gun/n | crime and conflict news
-2.5 gunpoint at_gunpoint knifepoint=-2.5 at_knifepoint=-2.5
-1.5 bullet/n bullet-riddled=-2.8 bullet_wounds=-2.8
-3.0 knife_attack/n acid_attack/n=-3.3 axe_attack/n machete_attack/n=-3.3 knifeman=-2.8 knife_crime=-2.5
-2.5 corpse/n
-1.3 blood bloodstained=-2.5 blood-soaked=-2.8 bloodthirsty=-2.8
-1.5 grave graves=-1.8 | 'grave concern'; also burial
-1.0 severe severer=-1.0 | adjective of harm; 'severely' is an intensifier rule
-1.3 acute | 'acute shortage'
-1.0 chronic chronically=-1.0
-1.8 harsh harsher harshest harshly
-1.3 fierce fiercer fiercest | 'fierce fighting', 'fierce criticism'
-0.8 sorry | apology or pity
-1.8 fraught precarious shaky=-1.3 wobbly=-1.0 rocky=-1.3 tense=-1.5 tenser=-1.5
-2.0 bleed bleeds bleeding bled
-2.8 drown/v drownings=-2.8
-2.5 suffocate/v suffocation electrocute/v=-2.5 electrocuted=-2.5
-1.8 crush/v | 'crushed a protest', 'crushed rivals'
-3.3 crushed_to_death
-2.8 stampede/n crowd_crush/n=-3.0
-3.0 maim/v mutilate/v=-3.3 mutilation/n=-3.3 disfigure/v=-2.3 dismember/v=-3.3 amputate/v=-1.8 amputation/n=-1.8
-1.5 scar/n scarred=-1.8 scarring=-1.8
-2.0 cripple/v crippling=-2.3
-2.5 hijack/v hijacker/n hijacking/n
-2.0 piracy pirate/n=-1.8
-2.0 poaching poacher/n deforestation=-1.8 illegal_logging=-1.8
-2.3 extinction extinct=-1.8 endangered_species=-1.5 habitat_loss=-1.8 biodiversity_loss=-1.8 species_loss=-1.8 mass_extinction=-3.0
-1.8 global_warming
-1.0 climate_change | topic marker, mildly negative
-2.3 climate_crisis climate_emergency climate_catastrophe=-3.0 climate_disaster=-3.0 rising_sea_levels=-1.8 melting_glaciers=-1.5 heat_records=-1.3
-1.8 illicit contraband=-1.5
-2.3 strife quagmire morass=-2.0 tumult=-1.8
-1.0 retreat/v | military retreat; markets retreat
-1.3 prisoner/n
-2.0 captive/n captivity=-2.3 captor/n=-2.3
-2.8 executioner/n gallows hanged firing_squad/n=-3.0 electric_chair=-2.5 lethal_injection=-2.8
-1.3 weary weariness exhausted exhaustion fatigue=-1.0 war_fatigue=-1.5
-2.3 squalor squalid
-1.5 slum/n overcrowded overcrowding
-2.0 filth filthy dirty=-1.3
-2.0 spite=-1.8 spiteful malice=-2.3 malicious=-2.3 maliciously=-2.3 malign=-2.0 malevolent=-2.5 vindictive vengeful=-2.3
-1.8 conspiracy conspiracies conspire/v conspirator/n=-2.0 co-conspirator/n=-2.0
-1.5 plot plots plotted plotting | 'plotted a coup'; also film plots
-2.0 collusion collude/v=-1.8
-2.3 swindle/v swindler/n ponzi_scheme/n=-2.5 pyramid_scheme/n=-2.3 insider_trading=-2.0
-2.3 despondent dejected=-2.0 downcast=-1.8 disheartened=-2.0 disheartening=-2.0 demoralised=-2.0 demoralized=-2.0 demoralising=-2.0 demoralizing=-2.0 discouraged=-1.5 discouraging=-1.8 glum=-1.8 morose=-2.0 sombre=-1.8 somber=-1.8 melancholy=-1.8 forlorn=-2.0 heavy-hearted=-2.0 crestfallen=-2.0 wretched=-2.5 hapless=-1.8
-2.8 distraught inconsolable
-1.8 shaken rattled=-1.5 unnerved=-1.8 unnerving=-1.8
-2.3 aghast incensed=-2.5 irate livid=-2.5 infuriated=-2.5 infuriating infuriate/v=-2.3 fuming seething
-1.3 irked irk/v annoyed annoyance annoying=-1.5 irritated irritation irritating=-1.5 vexed
-1.8 exasperated exasperation exasperating
-2.5 petrified hysteria=-2.0 hysterical=-1.8 paranoia=-1.8 paranoid=-1.8 phobia=-1.3
-2.5 doomed ill-starred=-2.0 jinxed=-1.5
-1.3 overshadow/v overshadowed
-1.8 marred tarnish/v taint/v tainted stain/n=-1.5 stained=-1.5
-1.5 cast_a_shadow casts_a_shadow cast_a_pall=-1.8 casts_a_pall=-1.8 dark_cloud=-1.5 dark_day=-2.3 darkest_day=-2.8 dark_times=-2.0 black_day=-2.3
-2.3 black_monday | market crash day
0.5 black_friday | shopping day
-1.0 dampen/v dent/v=-1.3
-1.5 spoil spoiled spoilt spoiling
-1.8 backfire/v
-2.0 fall_apart falls_apart falling_apart fell_apart
-1.5 go_wrong goes_wrong went_wrong gone_wrong=-1.8 going_wrong
-1.5 misfire/v
-2.0 implode/v implosion/n disintegrate/v disintegration unravel unravels unravelled unraveled unravelling unraveling=-1.8
-2.3 abuse_of_office kleptocracy kleptocrat/n=-2.5 kleptocratic=-2.5
-0.8 oligarch oligarchs | descriptor with negative connotation
-2.0 demagogue/n demagoguery demagogic
-1.3 strongman strongmen | authoritarian leader
-1.5 covid coronavirus covid-19 sars=-1.8 mers=-1.8 zika mpox monkeypox | disease names
-3.8 gang_rape/n gang-rape/n
-2.5 hit-and-run home_invasion/n=-2.8 carjacking/n=-2.3 mugging/n=-2.3 mugged=-2.3 mugger/n=-2.3 shoplifting=-1.3 pickpocket/n=-1.3 drunk_driving=-2.0 drink-driving=-2.0 road_rage=-2.0
-2.3 ransom ransomware cybercrime=-2.0 identity_theft=-2.0 online_fraud=-2.0
-1.8 scream screams screamed screaming
-2.0 stricken=-2.0 | 'stricken ship', 'grief-stricken'
-2.3 crop_failure/n poor_harvest/n=-1.8 locust/n=-1.8 plague_of_locusts=-2.5
-1.3 pest/n infestation/n=-1.8
# positive additions
2.5 glory glorious gloriously=2.3
1.5 prevail prevails prevailed | 'prevailing' is neutral and not listed
1.5 overcome overcomes overcame overcoming
1.8 rise_to_the_challenge rose_to_the_challenge rises_to_the_challenge
1.8 excel/d
1.5 shine shines shone shining
2.0 dazzle/v
1.8 wow/v
1.8 thumbs_up
-1.8 thumbs_down
1.3 green_light go-ahead=1.0 | approval
2.0 bonanza bumper=1.5 bountiful bumper_harvest/n=2.0 good_harvest/n=1.8 record_harvest/n=2.0
1.3 feast/n delicious=2.0 tasty=1.5
1.0 sunny sunshine=1.5 bright_spot/n=1.5 beacon/n=1.0 beacon_of_hope=2.3
2.5 rejoice/v exult/v exuberant exuberance=2.3 jubilee=1.5
2.0 revel/d glee=2.3 gleeful merry=2.0 merriment=2.0
1.8 grin/d giggle/v=1.5 chuckle/v=1.3
2.5 bliss blissful
2.0 cherish/v treasure/v=1.5 treasured=2.0 precious=1.8
1.5 sweetheart/n warm-hearted=2.3 good-natured=1.8 gentle=1.5 gently=1.0 polite=1.3 politely=1.0 courteous=1.5 gracious=2.0 graciously=1.8 thoughtful=1.5 considerate=1.5 humble=1.3 humility=1.5 wholesome=1.8
1.8 vibrant lively=1.5 energetic=1.5 dynamic=1.3 vitality=1.8 vigour/u=1.5
1.8 buoyant buoyed heartened=2.0
0.5 emboldened | can precede threats
1.3 soothe/v soothing=1.5
1.0 ease eases eased easing | 'ease tensions'; also 'quantitative easing'
1.3 alleviate/v mitigate/v=0.8 relieve/v
1.5 solve/v solution/n=1.3 solvable=1.0
1.0 discovery discoveries invention/n=1.3 inventor/n=1.0 advancement/n=1.3 uplift/v=1.5
2.0 gratifying fulfilling=1.8 fulfilment=1.8 fulfillment=1.8 fulfil=1.3 fulfill=1.3 fulfils=1.3 fulfills=1.3 fulfilled=1.5
1.0 honorary knighted=1.8 knighthood=1.5
1.5 bloom/v blossom/v=1.8 renaissance=1.8
2.3 golden_age fairytale=1.8 fairy-tale=1.8 fairy_tale=1.8 wonderland=1.5
2.5 masterpiece/n masterful=2.3 masterclass/n=2.3 virtuoso/n=2.0
1.5 magic magical=2.0 spectacle=1.0 idol/n=1.3 heartfelt=1.8
# public reaction and warning signs
-2.0 outcry/n uproar/n furore/n furor/n
-1.8 backlash/n
-2.3 storm_of_criticism storm_of_protest=-2.3 public_outrage=-2.5 international_outcry=-2.3 widespread_condemnation=-2.5 international_condemnation=-2.3
-1.8 alarm_bells red_flag/n=-1.3 warning_sign/n=-1.5 wake-up_call/n=-1.0 headache/n=-1.3
# money and jobs
-1.0 slash/v | slashing jobs or prices
-1.5 axed | jobs or projects axed
-1.0 hike hikes hiked rate_hike/n | price or rate hikes; 'hike' as a walk is rare in news
0.5 rate_cut/n | cheaper credit
-1.0 glut/n | oversupply
# accidents in the air
-2.3 crash-landed crash-landing/n crash_landing/n crash-lands
-1.5 emergency_landing/n
""",
    ),
]


VALUE = re.compile(r"^-?[0-4](\.\d)?$")


def parse_value(text: str, where: str) -> float:
    if not VALUE.match(text):
        raise SystemExit(f"{where}: bad value {text!r}")
    v = float(text)
    if v == 0 or not -4 <= v <= 4:
        raise SystemExit(f"{where}: value {text} out of range or zero")
    return v


def load() -> dict[str, tuple[float, str]]:
    explicit: dict[str, tuple[float, str, str]] = {}
    generated: dict[str, tuple[float, str, str]] = {}
    for section, text in SECTIONS:
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"section {section!r} line {lineno}"
            body, _, note = line.partition("|")
            note = note.strip()
            parts = body.split()
            base = parse_value(parts[0], where)
            if len(parts) < 2:
                raise SystemExit(f"{where}: no tokens")
            for tok in parts[1:]:
                value = base
                if "=" in tok:
                    tok, _, v = tok.partition("=")
                    value = parse_value(v, where)
                word, _, flags = tok.partition("/")
                if set(flags) - set("vdnzu"):
                    raise SystemExit(f"{where}: bad flags in {tok!r}")
                word = word.replace("_", " ")
                if word != word.lower():
                    raise SystemExit(f"{where}: {word!r} not lower-case")
                for i, form in enumerate(expand(word, flags)):
                    table = explicit if i == 0 else generated
                    old = table.get(form)
                    if old and (old[0] != value or (old[1] and note and old[1] != note)):
                        raise SystemExit(f"{where}: {form!r} = {value} clashes with {old[0]} at {old[2]}")
                    if not old or (note and not old[1]):
                        table[form] = (value, note, where)
    merged = {k: (v[0], v[1]) for k, v in generated.items()}
    for k, v in explicit.items():
        merged[k] = (v[0], v[1])
    return merged


def fmt(v: float) -> str:
    return f"{v:.1f}"


def main() -> int:
    cues = load()
    lines = ["cue\tvalence\tnote"]
    for cue in sorted(cues):
        v, note = cues[cue]
        lines.append(f"{cue}\t{fmt(v)}\t{note}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(cues)} cues to {OUT.relative_to(ROOT)}")
    bands = [("near-neutral", 0.0, 0.5), ("mild", 0.5, 1.5), ("clear", 1.5, 2.5), ("strong", 2.5, 3.5),
             ("extreme", 3.5, 4.01)]
    hist = Counter()
    for v, _ in cues.values():
        name = next(n for n, lo, hi in bands if lo <= abs(v) < hi)
        hist[(name, "+" if v > 0 else "-")] += 1
    for name, lo, hi in bands:
        print(f"  {name:12} |v| in [{lo}, {min(hi, 4.0)}{']' if hi > 4 else ')'}: "
              f"{hist[(name, '-')]:5} negative {hist[(name, '+')]:5} positive")
    return 0


if __name__ == "__main__":
    sys.exit(main())
