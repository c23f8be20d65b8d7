extension Gazetteer {
    /// Titles and roles before a name ("Prime Minister", "Dr"); each word of a multi-word title is listed.
    static let titleList = """
        doctor senior executive assistant associate managing pm mr mrs ms miss mx dr prof professor sir dame lord
        lady madam president vice prime minister ministers senator sen rep representative congressman congresswoman
        governor gov mayor judge justice chief king queen prince princess duke duchess earl baron count countess
        pope rev reverend father fr bishop archbishop cardinal rabbi imam sheikh ayatollah general gen lt lieutenant
        colonel col major maj captain capt sergeant sgt corporal cpl private admiral adm commander cmdr marshal
        chancellor secretary ambassador director chairman chairwoman chairperson coach detective det inspector
        officer constable agent deputy acting former foreign finance defence defense interior health education
        attorney dean sister brother aunt uncle auntie grandpa grandma mme mlle herr frau emperor empress sultan
        emir crown premier speaker treasurer commissioner superintendent ceo founder leader spokesman spokeswoman
        spokesperson president-elect senator-elect
        """

    /// Common given names from many languages; words that are mostly common nouns ("Will", "Hope") are left out.
    static let givenNameList = """
        james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
        mark donald steven steve paul andrew andy joshua kenneth ken kevin brian george timothy tim ronald edward ed
        jason jeffrey jeff ryan jacob gary nicholas nick eric jonathan jon stephen larry justin scott brandon
        benjamin ben samuel sam gregory greg alexander alex frank patrick raymond jack dennis jerry tyler aaron jose
        adam nathan henry douglas doug zachary peter kyle ethan walter noah jeremy keith roger terry gerald harold
        sean austin carl arthur lawrence dylan jesse bryan billy bill bob bobby joe bruce gabriel logan albert
        willie alan juan wayne elijah randy roy vincent ralph eugene russell mason philip phil louis tom tommy mike
        dave jim jimmy tony danny chris matt josh luke liam oliver harry charlie jake max leo oscar owen lucas hugo
        felix isaac caleb evan ian colin neil stuart graham gordon hugh fred freddie ted teddy ray rick ricky rob
        robbie ron stan victor martin howard marcus curtis derek craig todd troy shane brett chad dustin travis cody
        ross dean simon mary patricia jennifer jen linda elizabeth liz barbara susan sue jessica sarah karen lisa
        nancy betty margaret sandra ashley kimberly kim emily donna michelle carol amanda dorothy melissa deborah
        debbie stephanie rebecca becky sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
        nicole helen samantha katherine kate kathy christine debra rachel carolyn janet catherine maria heather
        diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
        cheryl hannah jacqueline martha gloria teresa ann anne sara madison frances kathryn janice jean abigail
        alice judy sophia sophie denise marilyn danielle beverly isabella theresa diana natalie brittany charlotte
        marie kayla alexis lori jane jenny jill julia lucy ella chloe grace amelia mia ava zoe lily ellie holly
        molly annie ruby susie tina wendy vicky claire clare fiona gemma jo nina rosa vera irene eleanor louise
        paula rita sally tracy valerie yvonne mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein omar
        abdul abdullah ibrahim mustafa khalid yusuf youssef fatima aisha ayesha vladimir dmitry sergei sergey igor
        boris ivan alexei mikhail nikolai olga natalia tatiana svetlana hiroshi yuki kenji akira takeshi raj rahul
        amit priya sanjay narendra vijay anil sunil ravi arjun deepak emmanuel francois françois pierre jacques
        jean-pierre jean-claude luis carlos miguel pedro jorge diego javier antonio fernando manuel alejandro pablo
        giuseppe giovanni marco luca matteo francesco hans klaus wolfgang jürgen helmut dieter lars erik sven anders
        olaf magnus nils barack hillary bernie nelson kofi desmond xi jinping shinzo recep jacinda
        vince vincent phillip phil traci tracey tracy stacy stacey kristin kristen kirsten krista kristina
        kristine christy kristy misty dana renee renée shelly shelley kelli kellie jodi jodie tammy tammi tami
        tonya tanya sonya sonia latoya keisha tasha natasha monique dominique yolanda rhonda wanda glenda brenda
        lynda lynn lynne leslie lesley kerry kerri sherri sheri cheri cheryl beth bethany brittney britney
        courtney whitney kendra kendall kelsey chelsea lindsey lindsay lindsy casey kasey jamie jami erin aaron
        darren darrell daryl darryl derrick dwayne duane shawn shaun sean jared jarrod garrett brent brant brad
        bradley blake chase cole wade clay clayton lance trent trevor grant heath seth marc marco mario luigi
        rodney rod roderick reginald reggie lamar marvin melvin calvin alvin edwin edgar oscar omar ivan
        ernest ernie earl carl karl clarence clifford cliff clyde floyd lloyd leroy roy troy jerome maurice
        morris norman herbert herb harvey leonard lenny leon lewis lou louie warren wesley wes willard wilbur
        lester chester franklin stanley stan milton mitchell mitch marshall nathaniel nate neal nigel rex
        rudy rudolph russ rusty sidney sid terrence terence tommy toby tracy vernon wallace wally ward
        abby abbey addison adrienne agnes aileen alicia alison allison alyssa amber anita annette april
        audrey barb becca belinda bernadette bonnie brandi brandy bridget brooke caitlin kaitlyn camille
        candace candice cara carla carmen carrie cassandra cassie cathy cecilia celeste charlene christa
        ciara cindy claudia colleen connie constance cora crystal daisy darlene dawn deanna debora delia
        desiree diana dianne dolores doreen doris edith edna eileen elaine elena elisa elise ella ellen eloise
        elsie erica erika esther eva evelyn faith faye felicia flora frances francesca gail gina ginger
        gladys gretchen gwen gwendolyn harriet hazel heidi hilary hillary ida ingrid irma isabel isabelle
        jackie jacqueline jan jana janelle janine jasmine jeanette jeanne jeannie jenna jess jessie joann
        joanna joanne jocelyn josephine joy juanita judi june justine kara karin karina kari kat kathleen
        kathy katie katy kay kayla keri kim kimberley kristi lacey lana latasha laurie leah leigh lena lila
        lillian lily linda liza lois lola loretta lorraine lucia lucille luisa lydia mabel mackenzie madeline
        maggie mandy marcia margie margo maria mariah marian marianne marion marisa marjorie marla marlene
        marsha maureen maxine meg megan melanie melinda mercedes meredith michele mildred mindy miranda
        miriam mona myra nadia nadine nancy naomi nell nellie nora noreen norma olive paige pam patsy patti
        patty pauline pearl peggy penny phyllis polly priscilla rachael ramona raquel rebekah regina roberta
        robin robyn rochelle roxanne sabrina sadie samantha sandy sasha savannah selena serena shana shannon
        shari sharron sheila shelby sherry shirley silvia simone stella sue susanne suzanne sylvia tabitha
        tamara tara teri terri tess tessa thelma tiffany toni tonia trisha ursula valerie vanessa velma
        veronica vicki vickie viola violet virginia vivian wilma yvette zoey
        aarav aditya akash amir anand ankit arun ashok deepa divya ganesh gita harish indira kavita krishna
        lakshmi manoj meena mohan neha nikhil nisha pooja pradeep prakash rajesh rakesh ramesh rani ravi
        rohit sachin sanjay sita suresh sushil usha vikram vinod yash ahmed aziz bilal faisal farid hamza
        hamid hani jamal karim khalil mahmoud mansour nabil nasser rashid salim samir tariq walid yasser
        zaid layla leila mariam maryam noor rania salma yasmin zainab zahra chen wei li ming hui jun lei
        xiaoming jian hong mei ling hiro kenji yoshi keiko yuko naoko haruki takashi satoshi min-jun ji-hoon
        seo-yeon hyun jae-hyun ana beatriz carla catalina daniela elena esperanza gabriela guadalupe isabel
        lucia luz marisol mercedes paola pilar rocio sofia valentina ximena andres angel cesar eduardo
        emilio enrique esteban felipe francisco gustavo hector ignacio joaquin julio lorenzo marcos mateo
        ramon raul ricardo roberto rodrigo salvador santiago sergio tomas alessandro andrea angelo bruno
        claudio dario enzo fabio federico filippo gianluca lorenzo massimo paolo riccardo roberto stefano
        vittorio chiara francesca giulia martina sara alain andre bernard christophe claude didier etienne
        fabrice guillaume henri jean-luc julien laurent luc marcel nicolas olivier pascal philippe remy
        sebastien thierry yves amelie brigitte camille celine chantal claire colette elodie genevieve
        isabelle juliette mathilde monique nathalie sylvie veronique andreas bernd christian dirk frank
        gerhard günter heinz horst jan jens jörg karl-heinz manfred markus matthias michael norbert peter
        rainer ralf stefan thomas torsten uwe werner anke birgit claudia gisela heike ingrid karin katrin
        monika petra renate sabine susanne ursula ute aleksandr andrei anton dmitri fyodor grigori konstantin
        leonid maxim nikita oleg pavel roman stanislav viktor yuri anastasia ekaterina irina ludmila marina
        nadia oksana tatyana yulia zoya piotr krzysztof tomasz pawel marek agnieszka katarzyna malgorzata
        """
}
