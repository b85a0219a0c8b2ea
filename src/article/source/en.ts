// English translation of "ChatGPT 与 AIGC 简问乱答" by Yao Weifeng (姚伟峰), posted 2023-02-25 on his blog
// 足迹 ("Footprints"). One entry per id of zh-hans.ts, sentence by sentence; translated for AIGC Lens.
// Each sentence keeps the English form of the key terms its Chinese sentence contains (the glossary tests
// look for them), so prefer rewording around a term to dropping it.
import type { TextTable } from '../types';

export const en: TextTable = {
  'meta.title': 'ChatGPT and AIGC: Quick Questions, Offhand Answers',
  'meta.blog': 'Footprints',
  'meta.disclaimer': 'These are my personal views only.',
  'q1.s1':
    'ChatGPT has been extremely hot lately, passing 100 million monthly active users in two months, and it is heading into products: we know that the search engines of both Microsoft and Google are going to embed chat assistants of this kind.',
  'q1.s2':
    'So how should we see its user stickiness: will that many people really keep using it, or is it just a passing craze?',
  'a1.p1.s1':
    'First of all, the industry has long defined the ultimate product form of the search engine as an information question-answering assistant.',
  'a1.p1.s2':
    'In my view, today’s yellow-pages form of information retrieval is really a stopgap, the product of a time when technology could not yet deliver that ultimate form.',
  'a1.p1.s3':
    'In recent years, as AI has advanced, people have in fact begun to return to that original aim and to explore anew what natural-language question-answering products can become with recent technical progress.',
  'a1.p1.s4':
    'If you look closely, you can see that when users type a question in natural language, Baidu, Bing and Google have already begun to show a natural-language answer at the top of the results, not just relevant links.',
  'a1.p2.s1':
    'But the earlier technology, though it used AI, was not yet mature and did not reach the threshold of a disruptive user experience.',
  'a1.p2.s2': 'The arrival of ChatGPT has given everyone hope of reaching that threshold.',
  'a1.p2.s3':
    'So, in my view, ChatGPT itself offers a technical solution that fits the ideal of the search engine’s ultimate product form and that, for now, looks very promising.',
  'a1.p2.s4':
    'If, as corpora and feedback keep growing, it can keep improving its coverage, its accuracy and how closely its values match human ones, it will be able to help search engines reach their ideal product form and become the main or default interface of search engines and of every kind of human–computer interaction engine.',
  'a1.p3.s1':
    'So the direction is the right one; whether it finally becomes the main interface depends on how quickly the handling of failure cases from real, large-scale use improves.',
  'q2.s1':
    'We can now see ChatGPT, as one form of AIGC, taking off first; so what applications might appear for other forms of AIGC, in images and audio for example, which explorations look promising, which routes to commercialisation look best, and which jobs could they replace in the future?',
  'a2.p1.s1': 'Lately the field of Creative AI, or generative AI, has made a good deal of progress.',
  'a2.p1.s2':
    'Before ChatGPT, the text-to-image model Stable Diffusion had also caused a stir in the tech world for a while: you feed the model a passage describing the content and style of the image you want, and the model creates a picture from your description.',
  'a2.p1.s3':
    'Among other examples, we have also seen Google unveil MusicLM, a model that generates music from text.',
  'a2.p1.s4':
    'Since generating natural-language text is the hardest of these and also the one the general public uses most (not everyone paints or composes, but everyone produces language), progress here has made the biggest difference to ordinary people’s user experience and has the widest influence on the public.',
  'a2.p2.s1':
    'Our earlier picture of AI was that it was mainly good at understanding: we used it chiefly for tasks such as recognition, classification and prediction, to help us understand the world and make decisions.',
  'a2.p2.s2':
    'Recent progress in generative AI shows that AI is beginning to pass a tipping point in generation and to move towards being usable.',
  'a2.p2.s3': 'This change is potentially revolutionary.',
  'a2.p2.s4':
    'Going from understanding to generation, much like going from analysis to synthesis, is in terms of capability a step from artificial intelligence to human-like intelligence; the technical progress behind it is nonlinear and has opened a generational gap.',
  'a2.p3.s1':
    'I think generative AI technology has the potential to revolutionise content generation, and content generation is in fact everywhere: painters painting, composers composing, lyricists writing lyrics, writers writing articles, architects producing drawings, software engineers writing code and hardware engineers drawing board layouts are all really content generation… So the possibilities are fairly wide.',
  'a2.p3.s2':
    'Imagine: if things go fairly smoothly, junior and mid-level “content generators” will be the first to be revolutionised out of a job; a model that turns out work fast, 24/7, never rests and never complains is a great temptation.',
  'a2.p3.s3':
    'The whole content-production loop may change from today’s “mid-level content producers generate the initial content → mid- and senior-level content reviewers review and polish → send back for rework” to “AIGC generates the initial content → mid- and senior-level reviewers review and polish → send back for rework”.',
  'a2.p3.s4':
    'And this process in fact mirrors the one behind ChatGPT and generative AI, reinforcement learning from human feedback (RLHF), so it also supplies training data for improving the reward model, which drives the further development of AIGC and so forms a self-sustaining virtuous cycle.',
  'q3.s1': 'Will there be any progress towards industrial-scale game production?',
  'a3.p1.s1': 'First, the games industry is also a content-production industry.',
  'a3.p1.s2':
    'Second, most games belong not to serious culture but to commercial (or popular) culture, so the industry is keener to read popular taste and user preferences and so maximise commercial profit, which is exactly what statistics, and machine learning built on statistics, are good at.',
  'a3.p1.s3': 'On both counts AIGC hits the mark, so it has considerable potential here.',
  'a3.p1.s4':
    'We can also see a series of experiments already under way abroad: some games, for example, have begun trialling AIGC in NPC dialogue to make the game experience more realistic, more personalised and more immersive, and judging by the results of these trials it does look quite promising.',
  'a3.p1.s5':
    'People are also trying AIGC for generating first drafts of game scripts, and AIGC for generating game scene images or multi-resolution versions of them, among other things.',
  'q4.s1':
    'We know that training large models demands a lot of computing power; so how much does such a model cost, how is the cost of each computation broken down, and how is the cost distributed along the whole value chain?',
  'a4.p1.s1': 'The cost of a model falls into two parts:',
  'a4.p2.s1':
    'Training cost: public sources show that pre-training a 175B GPT-3 model takes about 34 days on 1,024 A100s, with a corpus of 300B tokens.',
  'a4.p2.s2':
    'So the costs include equipment (chassis, GPUs, interconnect hardware), electricity for training, collecting and cleaning the corpus, engineers’ pay and so on.',
  'a4.p2.s3': 'The electricity alone may come to several million US dollars.',
  'a4.p2.s4': 'This part of the cost has to be amortised.',
  'a4.p3.s1':
    'Inference cost: once the model is built and put to use for inference, each inference costs something too.',
  'a4.p3.s2':
    'Because the model is large and makes high demands on the computing power and memory capacity of the hardware, it takes relatively high-end computing devices, several of them (GPUs, say) working together, to stay within a given turnaround latency.',
  'a4.p4.s1':
    'Because we are still in the technology phase and commercial exploration has not fully begun, the cost is for now borne by investors and companies.',
  'a4.p4.s2':
    'With Bing adopting it, commercial exploration has begun; how the cost will finally be distributed depends on what that exploration finds.',
  'a4.p4.s3':
    'For a B2C (consumer-facing) product such as a search engine, the cost will probably end up being passed on to advertisers in the form of ads.',
  'a4.p4.s4':
    'Other B2B and B2C products for professional content production may find ways of sharing the cost with users.',
  'q5.s1': 'How do the various large models in China compare, and what do you make of them?',
  'a5.p1.s1':
    'The state of China’s tech industry at this stage can generally be summed up as: the moment something is open-sourced, it becomes “home-grown”; in fact this is much like the state of AI before generative AI: strong at understanding, with its creative ability still in need of improvement.',
  'a5.p1.s2':
    'ChatGPT has not yet been open-sourced, there is no matching open-source alternative and no recent paper on it either; there is only a stand-in paper, the one on InstructGPT, and a blog post.',
  'a5.p1.s3': 'So this area still needs watching.',
  'a5.p2.s1': 'Yes: there will almost certainly be [Chinese counterparts].',
  'a5.p2.s2': 'Whether they will be usable remains to be seen; Google Bard is a cautionary tale.',
  'a5.p3.s1':
    'In terms of accumulated data and technology, Baidu is probably the one that has accumulated the most: its core business is a search engine, so it is in a position to hold large amounts of fairly high-quality NLP data, and a search engine is itself an NLP application, so it has the relevant technical groundwork.',
  'a5.p3.s2':
    'Among the others, Alibaba still has a shopping site as its main business, so the main modality of its business data is still shopping-behaviour and product-category data; although it has NLP data such as category descriptions, it falls short on knowledge and similar dimensions, so it has no great advantage in data or business.',
  'a5.p3.s3': 'Huawei is worse off still.',
  'a5.p3.s4':
    'Tencent has plenty of social text data, but social text is by nature private, shared within closed circles, and its density of information and knowledge is lower than that of a search engine or a site such as Zhihu, so its corpus is large but not necessarily of high quality.',
  'a5.p4.s1':
    'As for technical groundwork, Baidu, whose main business is a search engine, should have built up the most NLP expertise.',
  'a5.p4.s2':
    'But measuring up to the corresponding international level depends on China’s science and engineering education and its training of engineers over the past ten-plus years, and as I see it the challenge is considerable.',
  'a5.p4.s3':
    'Sometimes Chinese people are “too” clever, with the instinct for shortcuts bred in the bone; things like this look urgent on the surface but really rest on long years of steady work beforehand, and in the end it comes down to accumulated groundwork.',
  'q7.s1':
    'We know that ChatGPT today is essentially a probabilistic model: the answer it gives you is the one with the highest probability in context, but not necessarily the correct one.',
  'q7.s2': 'Will the generation of real-time information also be affected by the current training data?',
  'a7.p1.s1':
    'Yes, ChatGPT is essentially a probabilistic model, but as I understand it this is not a major problem, because human expression is essentially a probabilistic model too: at bottom it is a maximum likelihood or maximum a posteriori choice based on a person’s past experience.',
  'a7.p1.s2': 'So in principle the two are the same, and there is no inherent flaw.',
  'a7.p2.s1':
    'What the question is probably getting at is how, for factual information, which is already settled, to avoid the plausible but false statements or the missing information that probabilistic expression can produce.',
  'a7.p2.s2':
    'There are already some fairly good research ideas and practices for this: the method is to put a fact store in front of the generation module, first retrieve facts from the fact store for the input question, then feed the retrieved facts together with the question to the language model to generate the final answer; this is retrieval-augmented generation (RAG).',
  'a7.p2.s3':
    'This technique also promises to solve the problem of keeping real-time information up to date: you only need to add real-time information to the retrieval store promptly.',
  'q8.s1':
    'What are the main flaws at present: are they flaws that come from the model itself, or flaws that training can make up for?',
  'a8.p1.s1':
    'I think the main work now is still to improve the quality, safety and truthfulness of generated content, which calls for further research on supporting techniques around the LLM core and for enriching the training data.',
  'a8.p1.s2':
    'For now I see no need to change the foundation of the LLM; the work lies mainly in supporting techniques and datasets.',
  'a8.p1.s3':
    'Perhaps in time we will find the LLM foundation hitting limits that need solving, but that will probably only show once data and supporting techniques have developed to a certain point; we have not seen it yet.',
  'q9.s1':
    'From the hardware perspective, do you think that, as the parameter counts of today’s large models grow, this puts pressure on the computing power and design of chips, and is there a generational gap between software and hardware (hardware unable to keep up with software, or today’s chips having computing power to spare)?',
  'a9.p1.s1':
    'For now I see no prohibitive generational gap between software and hardware, since models can already be trained and run for inference.',
  'a9.p1.s2': 'But being feasible and being commercially viable are different things.',
  'a9.p1.s3':
    'The next step should be to bring the cost of this technology down to where it can spread at scale and be profitable.',
  'a9.p1.s4':
    'Engineers will step in for a round of hardware and software optimisation, aiming to cut costs to a level that allows widespread and profitable use.',
  'a9.p1.s5':
    'For hardware, besides the demand for computing power, what may be even more pressing than more computing power are the memory wall and the interconnect wall; NVIDIA has recently done some work on the H100, greatly increasing NVLink bandwidth, which is in fact a response to this, so the application side and the hardware side actually see eye to eye here and have already started to act.',
  'a9.p1.s6':
    'What should be more urgent now is still how to reduce training and inference costs through technical innovation in software and hardware, and so solve the problem that “exchanging information with artificial intelligence such as large language models may cost more than ten times as much as a standard keyword search” [a remark by Alphabet’s chairman, John Hennessy, reported by Reuters on 22 February 2023].',
  'q10.s1':
    'Chinese companies such as Baidu want to build a Chinese ChatGPT: how long will that take, or how long before they catch up with today’s ChatGPT, and will it turn out that as we advance they advance too, until we are left far behind?',
  'a10.p1.s1': 'At heart, this question is about the capacity for original innovation.',
  'a10.p1.s2':
    'Without the capacity for original innovation you must keep chasing; however fast you copy someone’s homework, you still have to wait for them to finish it before you can copy it.',
  'a10.p1.s3': 'This has to be solved by going back to our education and social systems.',
  'sum.heading': 'Summary',
  'sum.p1.s1':
    'Making silicon-based intelligence human-like is a necessary precondition for merging the analogue, physical world with the digital one.',
  'sum.p1.s2': 'Seen from this angle, it can be regarded as a universal, essential need.',
  'sum.p1.s3':
    'It is also one of the necessary conditions for the metaverse, so hyped a while ago, ever to become real.',
  'sum.p1.s4':
    'AI has often been criticised in the past, mainly for two problems: 1) overfitting to the training data, with generalisation falling short of expectations; 2) weak natural-language generation: strong at computing but weak at expressing.',
  'sum.p1.s5':
    'These two points have always made us feel that AI is “clever” in a mute kind of way, weak on the “human” side.',
  'sum.p1.s6':
    'The significance of ChatGPT is that, through the emergent abilities of LLMs and the value alignment that RLHF brings, it has shown us something that seems already able to cross the threshold of user experience, and the once unreachable dream now seems to have a faintly visible road leading to it!',
  'sum.p1.s7':
    'The industry has set out on this road; as we go forward there will surely be other problems along the way, but at least there is a road, and so there is hope.',
};
