<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <source>A desktop laboratory for learning how convolutional neural networks classify images: convolution, stride, padding, pooling, backpropagation, training and evaluation, step by step.</source>
        <translation>Um laboratório para aprender como redes neurais convolucionais classificam imagens: convolução, passo (stride), preenchimento (padding), agrupamento (pooling), retropropagação, treinamento e avaliação, passo a passo.</translation>
    </message>
    <message>
        <source>It follows the course “Introdução a Classificação de Imagens com TensorFlow &amp; Keras — Redes Convolucionais”, slide by slide, with the slides&apos; own numbers as its examples.</source>
        <translation>Segue o curso “Introdução a Classificação de Imagens com TensorFlow &amp; Keras — Redes Convolucionais”, slide a slide, com os próprios números dos slides como exemplos.</translation>
    </message>
    <message>
        <source>The MNIST database of handwritten digits, which ships with CNN Lab and on which its digit models are trained, is by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA 3.0). Its quick sample is its first 500 training images of each digit.</source>
        <translation>A base MNIST de dígitos manuscritos, que vem com o CNN Lab e na qual seus modelos de dígitos foram treinados, é de Yann LeCun, Corinna Cortes e Christopher J. C. Burges (CC BY-SA 3.0). Sua amostra rápida são as 500 primeiras imagens de treino de cada dígito.</translation>
    </message>
    <message>
        <source>The pen digits (real handwriting, used to train the default CNN and to test the drawing tab) are the UCI “Pen-Based Recognition of Handwritten Digits” data set by E. Alpaydin and F. Alimoglu (CC BY 4.0).</source>
        <translation>Os dígitos de caneta (escrita real, usados para treinar a CNN padrão e testar a aba de desenho) são o conjunto de dados “Pen-Based Recognition of Handwritten Digits” da UCI, de E. Alpaydin e F. Alimoglu (CC BY 4.0).</translation>
    </message>
    <message>
        <source>The sample photos of the image lessons come from the scikit-image project&apos;s collection (public domain or CC0; see resources/photos/LICENSE.md). Fashion-MNIST is by Zalando Research (MIT licence).</source>
        <translation>As fotos de exemplo das lições de imagens vêm da coleção do projeto scikit-image (domínio público ou CC0; veja resources/photos/LICENSE.md). O Fashion-MNIST é da Zalando Research (licença MIT).</translation>
    </message>
    <message>
        <source>The CIFAR-10 colour photos, which ship with CNN Lab and on which its colour model is trained, are by Alex Krizhevsky, Vinod Nair and Geoffrey Hinton (“Learning Multiple Layers of Features from Tiny Images”, 2009).</source>
        <translation>As fotos coloridas do CIFAR-10, que acompanham o CNN Lab e com as quais o modelo colorido dele é treinado, são de Alex Krizhevsky, Vinod Nair e Geoffrey Hinton (“Learning Multiple Layers of Features from Tiny Images”, 2009).</translation>
    </message>
    <message>
        <source>Photos: the astronaut Eileen Collins, NASA Great Images (public domain); coffee, Rachel Michetti, courtesy of Pikolo Espresso Bar (CC0); Chelsea the cat, Stefan van der Walt (CC0); the cameraman, Lav Varshney (CC0); brick wall, CC0Textures (CC0); Greek coins from Pompeii, Brooklyn Museum (no known copyright restrictions); text, Wikipedia (public domain).</source>
        <translation>Fotos: a astronauta Eileen Collins, NASA Great Images (domínio público); café, Rachel Michetti, cortesia do Pikolo Espresso Bar (CC0); a gata Chelsea, Stefan van der Walt (CC0); o fotógrafo (“cameraman”), Lav Varshney (CC0); parede de tijolos, CC0Textures (CC0); moedas gregas de Pompeia, Brooklyn Museum (sem restrições de direitos autorais conhecidas); texto, Wikipédia (domínio público).</translation>
    </message>
    <message>
        <source>CNN Lab is free software under the {licence} licence: use, copy, change and share it, keeping its copyright and licence notice.</source>
        <translation>O CNN Lab é software livre sob a licença {licence}: use, copie, modifique e compartilhe, mantendo o aviso de direitos autorais e de licença.</translation>
    </message>
    <message>
        <source>Built with Qt for Python {pyside}, NumPy, TensorFlow/Keras, pyqtgraph and OpenCV, on Python {python}.</source>
        <translation>Feito com Qt for Python {pyside}, NumPy, TensorFlow/Keras, pyqtgraph e OpenCV, em Python {python}.</translation>
    </message>
    <message>
        <source>About CNN Lab</source>
        <translation>Sobre o CNN Lab</translation>
    </message>
</context>
<context>
    <name>ActivationsTab</name>
    <message>
        <source>this cell sees the whole image</source>
        <translation>esta célula vê a imagem inteira</translation>
    </message>
    <message>
        <source>it sees input rows {top}–{bottom}, columns {left}–{right} ({h} × {w} pixels)</source>
        <translation>ela vê as linhas {top}–{bottom} e as colunas {left}–{right} da entrada ({h} × {w} pixels)</translation>
    </message>
    <message>
        <source>{layer}, map {channel}, row {row}, column {col}: {value}</source>
        <translation>{layer}, mapa {channel}, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>This model reads grey pictures: the colour photo is shown to it in grey.</source>
        <translation>Este modelo lê imagens em tons de cinza: a foto colorida é mostrada a ele em cinza.</translation>
    </message>
    <message>
        <source>This model reads colour photos, and the drawing is grey: the model learned from colours the drawing does not have, so its answer would mean nothing. Choose “CIFAR-10 photo” or “Photo from a file” under Input, or a digit model.</source>
        <translation>Este modelo lê fotos coloridas, e o desenho é em tons de cinza: o modelo aprendeu com cores que o desenho não tem, então a resposta dele não significaria nada. Escolha “Foto do CIFAR-10” ou “Foto de um arquivo” em Entrada, ou um modelo de dígitos.</translation>
    </message>
    <message>
        <source>This model reads colour photos, and this photo is grey: choose a colour photo, or a model of grey pictures.</source>
        <translation>Este modelo lê fotos coloridas, e esta foto é em tons de cinza: escolha uma foto colorida, ou um modelo de imagens em cinza.</translation>
    </message>
    <message>
        <source>Filter {filter}: its red, green and blue slices (blue: negative weights, red: positive; point at a weight to read it)</source>
        <translation>Filtro {filter}: suas fatias vermelha, verde e azul (azul: pesos negativos, vermelho: positivos; aponte para um peso para lê-lo)</translation>
    </message>
    <message>
        <source>{layer}, unit {index}: {value}</source>
        <translation>{layer}, unidade {index}: {value}</translation>
    </message>
    <message>
        <source>Input, row {row}, column {col}: red {red}, green {green}, blue {blue}</source>
        <translation>Entrada, linha {row}, coluna {col}: vermelho {red}, verde {green}, azul {blue}</translation>
    </message>
    <message>
        <source>Input, row {row}, column {col}: {value}</source>
        <translation>Entrada, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>Each bar is the network&apos;s probability for one class; the tallest is its answer. Point at a bar to read its value.</source>
        <translation>Cada barra é a probabilidade que a rede dá a uma classe; a mais alta é a sua resposta. Aponte para uma barra para ler o seu valor.</translation>
    </message>
    <message>
        <source>Each bar is the value of one unit of this layer; point at a bar to read it.</source>
        <translation>Cada barra é o valor de uma unidade desta camada; aponte para uma barra para lê-lo.</translation>
    </message>
    <message>
        <source>Point at a feature map to see its values and the part of the input each cell sees; click a map to enlarge it.</source>
        <translation>Aponte para um mapa de características para ver seus valores e a parte da entrada que cada célula vê; clique num mapa para ampliá-lo.</translation>
    </message>
    <message>
        <source>Where did the network look? Tick Grad-CAM to colour the input by what raised the score of its answer.</source>
        <translation>Para onde a rede olhou? Marque Grad-CAM para colorir a entrada conforme o que aumentou a pontuação da resposta dela.</translation>
    </message>
    <message>
        <source>Grad-CAM for “{label}” from layer {layer}: bright regions raised the score of “{label}” the most.</source>
        <translation>Grad-CAM de “{label}” a partir da camada {layer}: as regiões claras foram as que mais aumentaram a pontuação de “{label}”.</translation>
    </message>
    <message>
        <source>This model has no convolutional layer, so the map shows the pixels whose change would move the score of “{label}” the most.</source>
        <translation>Este modelo não tem camada convolucional; o mapa mostra os pixels cuja mudança mais alteraria a pontuação de “{label}”.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Nothing to show yet: draw a digit in the Draw tab.</source>
        <translation>Nada a mostrar ainda: desenhe um dígito na aba Desenhar.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>The selected feature map, enlarged</source>
        <translation>O mapa de características selecionado, ampliado</translation>
    </message>
    <message>
        <source>{layer}: {count} feature maps of {h} × {w}</source>
        <translation>{layer}: {count} mapas de características de {h} × {w}</translation>
    </message>
    <message>
        <source>{layer}: the probability of each class</source>
        <translation>{layer}: a probabilidade de cada classe</translation>
    </message>
    <message>
        <source>{layer}: {shape} values</source>
        <translation>{layer}: {shape} valores</translation>
    </message>
    <message>
        <source>Loading the CIFAR-10 photos…</source>
        <translation>Carregando as fotos do CIFAR-10…</translation>
    </message>
    <message>
        <source>Press “Open photo…” above to classify a photo of your own.</source>
        <translation>Clique em “Abrir foto…” acima para classificar uma foto sua.</translation>
    </message>
    <message>
        <source>The input the network reads</source>
        <translation>A entrada que a rede lê</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Same colour scale</source>
        <translation>Mesma escala de cores</translation>
    </message>
    <message>
        <source>Colours the input by how much each region raised the score of the predicted class, measured with the gradients of the last convolutional layer.</source>
        <translation>Colore a entrada conforme o quanto cada região aumentou a pontuação da classe prevista, medido com os gradientes da última camada convolucional.</translation>
    </message>
    <message>
        <source>On: the same colour means the same value in every map, so weak maps look pale. Off: each map uses its own range, which shows the pattern of even weak maps.</source>
        <translation>Ligado: a mesma cor significa o mesmo valor em todos os mapas, e os mapas fracos ficam pálidos. Desligado: cada mapa usa sua própria faixa, o que mostra o padrão até dos mapas fracos.</translation>
    </message>
    <message>
        <source>Only convolutional layers have filters. Choose a Conv2D layer in the list.</source>
        <translation>Só as camadas convolucionais têm filtros. Escolha uma camada Conv2D na lista.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <source>The chosen colour filter&apos;s red, green and blue slices, with their signed weights</source>
        <translation>As fatias vermelha, verde e azul do filtro colorido escolhido, com os seus pesos e sinais</translation>
    </message>
    <message>
        <source>The learned filters (kernels) of the selected convolutional layer</source>
        <translation>Os filtros (kernels) aprendidos da camada convolucional selecionada</translation>
    </message>
</context>
<context>
    <name>ActivityController</name>
    <message>
        <source>Save this page as it is now, with your instructions and locked controls, to a file you can hand out.</source>
        <translation>Salvar esta página como está agora, com as suas instruções e os controles bloqueados, num arquivo para entregar à turma.</translation>
    </message>
    <message>
        <source>This page cannot be saved as an activity: the lessons, Training, Evaluation and Exercises can.</source>
        <translation>Esta página não pode ser salva como atividade: as lições, Treinamento, Avaliação e Exercícios podem.</translation>
    </message>
    <message>
        <source>&amp;Save activity…</source>
        <translation>Sal&amp;var atividade…</translation>
    </message>
    <message>
        <source>&amp;Open activity…</source>
        <translation>&amp;Abrir atividade…</translation>
    </message>
    <message>
        <source>Open an activity file (.cnnlab) from your teacher.</source>
        <translation>Abrir um arquivo de atividade (.cnnlab) do seu professor.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>atividade</translation>
    </message>
    <message>
        <source>Save activity</source>
        <translation>Salvar atividade</translation>
    </message>
    <message>
        <source>Could not save the activity</source>
        <translation>Não foi possível salvar a atividade</translation>
    </message>
    <message>
        <source>The activity could not be written to {path}. Choose another folder (one you may write to, with free space) and try again.</source>
        <translation>Não foi possível gravar a atividade em {path}. Escolha outra pasta (uma em que você possa gravar, com espaço livre) e tente de novo.</translation>
    </message>
    <message>
        <source>Activity saved to {path}</source>
        <translation>Atividade salva em {path}</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>Abrir atividade</translation>
    </message>
    <message>
        <source>Activity opened: {name}</source>
        <translation>Atividade aberta: {name}</translation>
    </message>
    <message>
        <source>CNN Lab activity (*{suffix})</source>
        <translation>Atividade do CNN Lab (*{suffix})</translation>
    </message>
    <message>
        <source>“{name}” could not be read: it is missing, it is a folder, or you may not open it.</source>
        <translation>Não foi possível ler “{name}”: o arquivo não existe, é uma pasta ou você não tem permissão para abri-lo.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: it is not a complete activity file (perhaps it was cut short while being copied). Ask for a new copy.</source>
        <translation>“{name}” está danificado: não é um arquivo de atividade completo (talvez tenha sido cortado ao ser copiado). Peça uma nova cópia.</translation>
    </message>
    <message>
        <source>“{name}” is not a CNN Lab activity. It may be another program&apos;s file, such as a Keras model or a notebook.</source>
        <translation>“{name}” não é uma atividade do CNN Lab. Pode ser um arquivo de outro programa, como um modelo Keras ou um notebook.</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer CNN Lab. Update CNN Lab to open it.</source>
        <translation>“{name}” foi criado por uma versão mais nova do CNN Lab. Atualize o CNN Lab para abri-lo.</translation>
    </message>
    <message>
        <source>“{name}” is a CNN Lab activity, but its contents do not fit this version of the page, so it cannot be shown.</source>
        <translation>“{name}” é uma atividade do CNN Lab, mas o seu conteúdo não corresponde a esta versão da página, por isso não pode ser mostrado.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not open the activity</source>
        <translation>Não foi possível abrir a atividade</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Locked: {controls}</source>
        <translation>Bloqueados: {controls}</translation>
    </message>
    <message>
        <source>No control is locked.</source>
        <translation>Nenhum controle está bloqueado.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>End activity</source>
        <translation>Encerrar atividade</translation>
    </message>
    <message>
        <source>Unlock every control and close these instructions.</source>
        <translation>Desbloquear todos os controles e fechar estas instruções.</translation>
    </message>
</context>
<context>
    <name>AddDigitBar</name>
    <message>
        <source>Could not save the digit: {reason}</source>
        <translation>Não foi possível salvar o dígito: {reason}</translation>
    </message>
    <message>
        <source>Draw a digit to add it to your collection.</source>
        <translation>Desenhe um dígito para adicioná-lo à sua coleção.</translation>
    </message>
    <message>
        <source>Added as {label}.</source>
        <translation>Adicionado como {label}.</translation>
    </message>
    <message>
        <source>My digits: {count} in all.</source>
        <translation>Meus dígitos: {count} no total.</translation>
    </message>
    <message>
        <source>Which digit is it? Press 0–9 or choose it.</source>
        <translation>Que dígito é este? Tecle 0–9 ou escolha-o.</translation>
    </message>
    <message>
        <source>Your label: {label} (the network said {predicted}).</source>
        <translation>Seu rótulo: {label} (a rede disse {predicted}).</translation>
    </message>
    <message>
        <source>Wrong label? Press 0–9 to correct it before adding.</source>
        <translation>Rótulo errado? Tecle 0–9 para corrigi-lo antes de adicionar.</translation>
    </message>
    <message>
        <source>Add to my digits</source>
        <translation>Adicionar aos meus dígitos</translation>
    </message>
    <message>
        <source>Save this 28 × 28 digit with its label in your collection, to fine-tune the network on it later.</source>
        <translation>Salva este dígito de 28 × 28 com o seu rótulo na sua coleção, para ajustar a rede com ele depois.</translation>
    </message>
    <message>
        <source>The digit&apos;s label: the network&apos;s answer until you correct it (press 0–9 or choose here).</source>
        <translation>O rótulo do dígito: a resposta da rede até você corrigi-lo (tecle 0–9 ou escolha aqui).</translation>
    </message>
    <message>
        <source>The digit as the network reads it: 28 × 28 pixels.</source>
        <translation>O dígito como a rede o lê: 28 × 28 pixels.</translation>
    </message>
    <message>
        <source>Click here, then press 0–9 to correct the label.</source>
        <translation>Clique aqui e tecle 0–9 para corrigir o rótulo.</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>Type a number first: an empty answer is not checked.</source>
        <translation>Digite um número primeiro: uma resposta vazia não é conferida.</translation>
    </message>
    <message>
        <source>“{text}” is not a number, so it was not checked. Write e.g. 19, 0,75, 3/4 or 75%.</source>
        <translation>“{text}” não é um número, por isso não foi conferido. Escreva, por exemplo, 19, 0,75, 3/4 ou 75%.</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Sua resposta:</translation>
    </message>
    <message>
        <source>A decimal comma is fine (0,75), so are fractions (3/4) and percentages (75%). Write “undefined” where a 0/0 arises. Enter checks.</source>
        <translation>Vale vírgula decimal (0,75), fração (3/4) e porcentagem (75%). Escreva “indefinido” onde surgir 0/0. Enter confere.</translation>
    </message>
    <message>
        <source>Type the number you worked out, then press Enter.</source>
        <translation>Digite o número que você calculou e tecle Enter.</translation>
    </message>
</context>
<context>
    <name>AugmentPreview</name>
    <message>
        <source>Drawing sixteen distortions…</source>
        <translation>Sorteando dezesseis distorções…</translation>
    </message>
    <message>
        <source>Draw {seed}.</source>
        <translation>Sorteio {seed}.</translation>
    </message>
    <message>
        <source>The distortions could not be drawn: {error}</source>
        <translation>Não foi possível sortear as distorções: {error}</translation>
    </message>
    <message>
        <source>The same distortions as the Training tab&apos;s “distort images at random”: rotation up to ±{rotation}°, slant (shear) up to {shear}, size {zoom_low}–{zoom_high} %, shift up to {shift} pixels, and a stroke made thicker or thinner on {share} % of the images each.</source>
        <translation>As mesmas distorções de “distorcer imagens aleatoriamente” da aba Treinamento: rotação de até ±{rotation}°, inclinação (cisalhamento) de até {shear}, tamanho de {zoom_low} a {zoom_high} %, deslocamento de até {shift} pixels e traço mais grosso ou mais fino em {share} % das imagens cada.</translation>
    </message>
    <message>
        <source>What does data augmentation do? During training, every digit is shown to the model with a new random distortion each time, so it learns the digit rather than its exact position, size or slant. These are sixteen such draws of this digit.</source>
        <translation>O que faz o aumento de dados? Durante o treinamento, cada dígito é mostrado ao modelo com uma nova distorção aleatória a cada vez, de modo que ele aprende o dígito, e não sua posição, tamanho ou inclinação exatos. Aqui estão dezesseis desses sorteios deste dígito.</translation>
    </message>
    <message>
        <source>New draws</source>
        <translation>Novos sorteios</translation>
    </message>
    <message>
        <source>Open the Training tab</source>
        <translation>Abrir a aba Treinamento</translation>
    </message>
</context>
<context>
    <name>BackpropActivity</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Gradient-descent steps</source>
        <translation>Passos da descida do gradiente</translation>
    </message>
</context>
<context>
    <name>BackpropLesson</name>
    <message>
        <source>Inputs used by {name}</source>
        <translation>Entradas usadas por {name}</translation>
    </message>
</context>
<context>
    <name>BackpropView</name>
    <message>
        <source>Backpropagation</source>
        <translation>Retropropagação</translation>
    </message>
    <message>
        <source>How a convolution learns: the forward pass computes the output z, the loss L says how far z is from the target t, the chain rule gives the gradient ∂L/∂w of every weight, and gradient descent moves each weight a little against its gradient. Edit any number (double-click a cell or just type) and everything below follows.</source>
        <translation>Como uma convolução aprende: a passagem para frente calcula a saída z, a perda L diz o quanto z está longe do alvo t, a regra da cadeia dá o gradiente ∂L/∂w de cada peso, e a descida do gradiente move cada peso um pouco contra o seu gradiente. Edite qualquer número (clique duas vezes numa célula ou apenas digite) e tudo abaixo acompanha.</translation>
    </message>
    <message>
        <source>1. The example: 5×5 input, 3×3 kernel, stride 2, 2×2 output</source>
        <translation>1. O exemplo: entrada 5×5, kernel 3×3, passo (stride) 2, saída 2×2</translation>
    </message>
    <message>
        <source>Input a</source>
        <translation>Entrada a</translation>
    </message>
    <message>
        <source>Kernel w</source>
        <translation>Kernel w</translation>
    </message>
    <message>
        <source>Output z</source>
        <translation>Saída z</translation>
    </message>
    <message>
        <source>Target t</source>
        <translation>Alvo t</translation>
    </message>
    <message>
        <source>Lesson example</source>
        <translation>Exemplo da lição</translation>
    </message>
    <message>
        <source>Put back the lesson&apos;s input, kernel and target, and start the loss curve again.</source>
        <translation>Restaura a entrada, o kernel e o alvo da lição, e recomeça a curva da perda.</translation>
    </message>
    <message>
        <source>The slides give only symbols; these small whole numbers keep every sum easy to check by hand.</source>
        <translation>Os slides trazem só símbolos; estes números inteiros pequenos deixam cada soma fácil de conferir à mão.</translation>
    </message>
    <message>
        <source>2. Forward pass: each output is a sum of weight × input</source>
        <translation>2. Passagem para frente: cada saída é uma soma de peso × entrada</translation>
    </message>
    <message>
        <source>With stride 2 the kernel covers a₁…a₁₃ for z₁, then moves two columns for z₂ and two rows for z₃ and z₄.</source>
        <translation>Com passo (stride) 2, o kernel cobre a₁…a₁₃ para z₁, depois anda duas colunas para z₂ e duas linhas para z₃ e z₄.</translation>
    </message>
    <message>
        <source>3. Loss: mean squared error against the target</source>
        <translation>3. Perda: erro quadrático médio em relação ao alvo</translation>
    </message>
    <message>
        <source>The input a₁…a₂₅: type a number into any cell and the whole page follows.</source>
        <translation>A entrada a₁…a₂₅: digite um número em qualquer célula e a página inteira acompanha.</translation>
    </message>
    <message>
        <source>The weights w₁…w₉: click a cell to follow its gradient, type to change it.</source>
        <translation>Os pesos w₁…w₉: clique numa célula para acompanhar o seu gradiente, digite para mudá-la.</translation>
    </message>
    <message>
        <source>The output z = a ∗ w with stride 2, computed from the grids beside it.</source>
        <translation>A saída z = a ∗ w com passo (stride) 2, calculada a partir das grades ao lado.</translation>
    </message>
    <message>
        <source>The values we want z to take: the loss measures how far z is from them.</source>
        <translation>Os valores que queremos que z assuma: a perda mede o quanto z está longe deles.</translation>
    </message>
    <message>
        <source>How much the loss changes when each output grows a little.</source>
        <translation>O quanto a perda muda quando cada saída cresce um pouco.</translation>
    </message>
    <message>
        <source>How much the loss changes when each weight grows a little: click one to see its sum.</source>
        <translation>O quanto a perda muda quando cada peso cresce um pouco: clique num deles para ver a sua soma.</translation>
    </message>
    <message>
        <source>4. Backward pass: the chain rule</source>
        <translation>4. Passagem para trás: a regra da cadeia</translation>
    </message>
    <message>
        <source>How the loss changes with each output:</source>
        <translation>Como a perda muda com cada saída:</translation>
    </message>
    <message>
        <source>Each weight multiplied one input in every output, so its gradient adds input × ∂L/∂z over the four outputs. Pick a weight (a button, or a cell of the kernel or of ∂L/∂w): each input it used takes the colour of the ∂L/∂z it meets.</source>
        <translation>Cada peso multiplicou uma entrada em cada saída, então o seu gradiente soma entrada × ∂L/∂z nas quatro saídas. Escolha um peso (um botão, ou uma célula do kernel ou de ∂L/∂w): cada entrada que ele usou ganha a cor do ∂L/∂z com que se encontra.</translation>
    </message>
    <message>
        <source>∂L/∂z</source>
        <translation>∂L/∂z</translation>
    </message>
    <message>
        <source>Inputs used by the weight</source>
        <translation>Entradas usadas pelo peso</translation>
    </message>
    <message>
        <source>∂L/∂w</source>
        <translation>∂L/∂w</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <source>Show which inputs {name} multiplied and how ∂L/∂{name} adds them up.</source>
        <translation>Mostra quais entradas {name} multiplicou e como ∂L/∂{name} as soma.</translation>
    </message>
    <message>
        <source>Input x, stride {s}</source>
        <translation>Entrada x, passo {s}</translation>
    </message>
    <message>
        <source>Kernel: w[{i}][{j}] asked</source>
        <translation>Kernel: pede-se w[{i}][{j}]</translation>
    </message>
</context>
<context>
    <name>BinaryMetricsPanel</name>
    <message>
        <source>TP</source>
        <translation>VP</translation>
    </message>
    <message>
        <source>TN</source>
        <translation>VN</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>Evaluate a model to fill in the formulas.</source>
        <translation>Avalie um modelo para preencher as fórmulas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive class&lt;/b&gt;: the outcome of interest — it answers “is this the result I was looking for?”. Here: “{name}”.</source>
        <translation>&lt;b&gt;Classe positiva&lt;/b&gt;: o resultado de interesse — responde à pergunta “esse é o resultado que eu procurava?”. Aqui: “{name}”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Negative class&lt;/b&gt;: the absence of the positive class — every image that is not “{name}”, whatever it is.</source>
        <translation>&lt;b&gt;Classe negativa&lt;/b&gt;: a ausência da classe positiva — toda imagem que não é “{name}”, seja ela o que for.</translation>
    </message>
    <message>
        <source>true positives: “{name}” predicted as “{name}”</source>
        <translation>verdadeiros positivos: “{name}” previsto como “{name}”</translation>
    </message>
    <message>
        <source>true negatives: not “{name}”, and not predicted as “{name}”</source>
        <translation>verdadeiros negativos: não é “{name}” e não foi previsto como “{name}”</translation>
    </message>
    <message>
        <source>false positives: predicted “{name}”, but it was something else</source>
        <translation>falsos positivos: previsto como “{name}”, mas era outra coisa</translation>
    </message>
    <message>
        <source>false negatives: a “{name}” predicted as something else</source>
        <translation>falsos negativos: um “{name}” previsto como outra coisa</translation>
    </message>
    <message>
        <source>{total} images in all</source>
        <translation>{total} imagens ao todo</translation>
    </message>
    <message>
        <source>= {fraction}: &lt;b&gt;undefined (0/0)&lt;/b&gt; — {why} (counted as 0 in reports).</source>
        <translation>= {fraction}: &lt;b&gt;indefinida (0/0)&lt;/b&gt; — {why} (conta como 0 nos relatórios).</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>there are no images</source>
        <translation>não há imagens</translation>
    </message>
    <message>
        <source>Of all the predictions, what share was right?</source>
        <translation>Proporção total de predições corretas sobre o número total de observações.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>the model never predicted “{name}”</source>
        <translation>o modelo nunca previu “{name}”</translation>
    </message>
    <message>
        <source>Of the times the model said “{name}”, how often was it right?</source>
        <translation>Das vezes que o modelo previu “{name}”, quantas vezes ele acertou?</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>there is no “{name}” in these images</source>
        <translation>não há nenhum “{name}” nestas imagens</translation>
    </message>
    <message>
        <source>Of all the real “{name}” images, how many did the model find?</source>
        <translation>Revocação (recall): de todos os casos reais de “{name}”, quantos o modelo conseguiu encontrar?</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The harmonic mean of precision and recall: high only when both are.</source>
        <translation>A média harmônica da precisão e da revocação: alta só quando as duas são altas.</translation>
    </message>
    <message>
        <source>Precision or recall is undefined or both are 0, so F1 comes from its equal form:</source>
        <translation>A precisão ou a revocação é indefinida, ou as duas são 0; por isso o F1 vem da sua forma equivalente:</translation>
    </message>
    <message>
        <source>there is no TP, FP or FN to count</source>
        <translation>não há VP, FP nem FN para contar</translation>
    </message>
    <message>
        <source>This accuracy answers the yes/no question “is it {name}?”. The model&apos;s accuracy over all {count} classes is {overall}: the diagonal over all images.</source>
        <translation>Esta acurácia responde à pergunta de sim ou não “é {name}?”. A acurácia do modelo sobre todas as {count} classes é {overall}: a diagonal sobre todas as imagens.</translation>
    </message>
    <message>
        <source>Positive class:</source>
        <translation>Classe positiva:</translation>
    </message>
    <message>
        <source>The class whose detection is measured: every other class together becomes the negative class.</source>
        <translation>A classe cuja detecção é medida: todas as outras classes juntas formam a classe negativa.</translation>
    </message>
</context>
<context>
    <name>BuilderFiles</name>
    <message>
        <source>Open a network</source>
        <translation>Abrir uma rede</translation>
    </message>
    <message>
        <source>Keras models and architectures (*.keras *.json)</source>
        <translation>Modelos e arquiteturas Keras (*.keras *.json)</translation>
    </message>
    <message>
        <source>How should {file} be used?</source>
        <translation>Como usar {file}?</translation>
    </message>
    <message>
        <source>Continue training it, with its weights</source>
        <translation>Continuar o treinamento, com os pesos dele</translation>
    </message>
    <message>
        <source>Start from its layers (new weights)</source>
        <translation>Partir das camadas dele (pesos novos)</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Abrindo {file}…</translation>
    </message>
    <message>
        <source>Could not use this model: {reason}</source>
        <translation>Não foi possível usar este modelo: {reason}</translation>
    </message>
    <message>
        <source>it reads {h} × {w} colour photos, but the chosen data holds grey images. A colour model cannot continue on grey images: choose CIFAR-10 under 1. Data, or start a new network here.</source>
        <translation>ele lê fotos coloridas de {h} × {w}, mas os dados escolhidos têm imagens em tons de cinza. Um modelo colorido não pode continuar com imagens em cinza: escolha o CIFAR-10 em 1. Dados, ou comece uma rede nova aqui.</translation>
    </message>
    <message>
        <source>it reads {h} × {w} grey images, but the chosen data holds colour photos. A grey model cannot continue on colour photos: choose its own data (MNIST) under 1. Data, or start a new network here (the Colour CNN preset).</source>
        <translation>ele lê imagens em tons de cinza de {h} × {w}, mas os dados escolhidos têm fotos coloridas. Um modelo em cinza não pode continuar com fotos coloridas: escolha os dados dele (MNIST) em 1. Dados, ou comece uma rede nova aqui (a CNN colorida).</translation>
    </message>
    <message>
        <source>it reads {mh} × {mw} × {mc} images in {mk} classes, but the data has {dh} × {dw} × {dc} images in {dk} classes: choose data that fits, or start a new network here.</source>
        <translation>ele lê imagens de {mh} × {mw} × {mc} em {mk} classes, mas os dados têm imagens de {dh} × {dw} × {dc} em {dk} classes: escolha dados que sirvam, ou comece uma rede nova aqui.</translation>
    </message>
    <message>
        <source>{file} continues as it is: the builder cannot show its layers ({reason}).</source>
        <translation>{file} continua como está: o construtor não consegue mostrar as camadas ({reason}).</translation>
    </message>
    <message>
        <source>{file} keeps its weights and continues learning; its layers cannot be edited.</source>
        <translation>{file} mantém os pesos e continua aprendendo; as camadas não podem ser editadas.</translation>
    </message>
    <message>
        <source>The layers of {file}, with new weights.</source>
        <translation>As camadas de {file}, com pesos novos.</translation>
    </message>
    <message>
        <source>Save the architecture</source>
        <translation>Salvar a arquitetura</translation>
    </message>
    <message>
        <source>my_network.json</source>
        <translation>minha_rede.json</translation>
    </message>
    <message>
        <source>Keras architectures (*.json)</source>
        <translation>Arquiteturas Keras (*.json)</translation>
    </message>
    <message>
        <source>Could not save the architecture: {reason}</source>
        <translation>Não foi possível salvar a arquitetura: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} salvo.</translation>
    </message>
</context>
<context>
    <name>BuilderTexts</name>
    <message>
        <source>Convolution: slides each filter over the image and writes a feature map per filter. Few weights, shared at every position.</source>
        <translation>Convolução: desliza cada filtro sobre a imagem e escreve um mapa de características por filtro. Poucos pesos, compartilhados em todas as posições.</translation>
    </message>
    <message>
        <source>Max pooling: keeps the largest value of each window, so the map shrinks and small shifts matter less.</source>
        <translation>Agrupamento (pooling) pelo máximo: guarda o maior valor de cada janela; o mapa encolhe e pequenos deslocamentos pesam menos.</translation>
    </message>
    <message>
        <source>Average pooling: keeps the mean of each window (LeNet-5&apos;s subsampling).</source>
        <translation>Agrupamento (pooling) pela média: guarda a média de cada janela (a subamostragem da LeNet-5).</translation>
    </message>
    <message>
        <source>Batch normalization: rescales each channel to mean 0 and variance 1 over the batch; training gets faster and steadier.</source>
        <translation>Normalização em lote: reescala cada canal para média 0 e variância 1 no lote; o treinamento fica mais rápido e estável.</translation>
    </message>
    <message>
        <source>Dropout: switches off a random share of the values while training, so the network cannot memorise the training images.</source>
        <translation>Dropout: desliga ao acaso uma parte dos valores durante o treinamento, para a rede não decorar as imagens de treino.</translation>
    </message>
    <message>
        <source>Flatten: lays the feature maps out as one long vector for the dense layers. No parameters.</source>
        <translation>Flatten: estende os mapas de características num único vetor para as camadas densas. Sem parâmetros.</translation>
    </message>
    <message>
        <source>Global average pooling: one mean per channel; a vector as long as the number of filters.</source>
        <translation>Agrupamento (pooling) global pela média: uma média por canal; um vetor do tamanho do número de filtros.</translation>
    </message>
    <message>
        <source>Dense (fully connected) layer: every output sees every input; it holds most of the parameters.</source>
        <translation>Camada densa (totalmente conectada): cada saída vê todas as entradas; guarda a maior parte dos parâmetros.</translation>
    </message>
    <message>
        <source>Activation: applies a function (relu, tanh, …) to every value, e.g. after a batch normalization.</source>
        <translation>Ativação: aplica uma função (relu, tanh, …) a cada valor, por exemplo depois de uma normalização em lote.</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Neurônios:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>Passo:</translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation>Preenchimento:</translation>
    </message>
    <message>
        <source>Activation:</source>
        <translation>Ativação:</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Viés</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>Janela:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Taxa:</translation>
    </message>
    <message>
        <source>How many filters, so how many feature maps come out.</source>
        <translation>Quantos filtros, ou seja, quantos mapas de características saem.</translation>
    </message>
    <message>
        <source>How many neurons: the length of the vector that comes out.</source>
        <translation>Quantos neurônios: o tamanho do vetor que sai.</translation>
    </message>
    <message>
        <source>Height × width of each filter (kernel).</source>
        <translation>Altura × largura de cada filtro (kernel).</translation>
    </message>
    <message>
        <source>The stride: how many pixels the window moves at each step; 2 halves the map.</source>
        <translation>O passo (stride): quantos pixels a janela anda a cada vez; 2 reduz o mapa à metade.</translation>
    </message>
    <message>
        <source>Padding: “valid” uses only whole windows (the map shrinks), “same” adds a border of zeros so the map keeps its size.</source>
        <translation>Preenchimento (padding): “valid” usa só janelas inteiras (o mapa encolhe), “same” acrescenta uma borda de zeros e o mapa mantém o tamanho.</translation>
    </message>
    <message>
        <source>The function applied to each output: relu keeps positive values, softmax turns scores into probabilities.</source>
        <translation>A função aplicada a cada saída: relu mantém os valores positivos, softmax transforma pontuações em probabilidades.</translation>
    </message>
    <message>
        <source>Add a bias b to each output (one weight more per filter or neuron).</source>
        <translation>Somar um viés b a cada saída (um peso a mais por filtro ou neurônio).</translation>
    </message>
    <message>
        <source>Height × width of the pooling window.</source>
        <translation>Altura × largura da janela de agrupamento (pooling).</translation>
    </message>
    <message>
        <source>The share of values switched off at random while training.</source>
        <translation>A fração dos valores desligados ao acaso durante o treinamento.</translation>
    </message>
    <message>
        <source>stride {value}</source>
        <translation>passo {value}</translation>
    </message>
    <message>
        <source>padding {value}</source>
        <translation>preenchimento {value}</translation>
    </message>
    <message>
        <source>bias {value}</source>
        <translation>viés {value}</translation>
    </message>
    <message>
        <source>Dense {classes}, softmax — follows the data&apos;s classes</source>
        <translation>Dense {classes}, softmax — acompanha as classes dos dados</translation>
    </message>
    <message>
        <source>A {kh}×{kw} kernel does not fit in the {h}×{w} map it receives: use a smaller kernel or “same” padding, or remove a pooling before it.</source>
        <translation>Um kernel {kh}×{kw} não cabe no mapa {h}×{w} que recebe: use um kernel menor ou preenchimento “same”, ou retire um agrupamento (pooling) antes dele.</translation>
    </message>
    <message>
        <source>A {ph}×{pw} pooling window goes past the edge of the {h}×{w} map it receives.</source>
        <translation>Uma janela de agrupamento (pooling) {ph}×{pw} passa da borda do mapa {h}×{w} que recebe.</translation>
    </message>
    <message>
        <source>{kind} needs feature maps (height × width × channels), but it receives a flat vector: move it before Flatten.</source>
        <translation>{kind} precisa de mapas de características (altura × largura × canais), mas recebe um vetor: mova-a para antes do Flatten.</translation>
    </message>
    <message>
        <source>{kind} needs a flat vector, but it receives a {shape} map: add Flatten or GlobalAveragePooling2D before it.</source>
        <translation>{kind} precisa de um vetor, mas recebe um mapa {shape}: acrescente Flatten ou GlobalAveragePooling2D antes dela.</translation>
    </message>
    <message>
        <source>Nothing would come out of {kind}: its output ({shape}) has no pixels left.</source>
        <translation>Nada sairia de {kind}: a saída ({shape}) não tem mais pixels.</translation>
    </message>
    <message>
        <source>{kind}: {value} is not a valid value for {option}.</source>
        <translation>{kind}: {value} não é um valor válido para {option}.</translation>
    </message>
    <message>
        <source>the network has branches (it is not one chain of layers)</source>
        <translation>a rede tem ramificações (não é uma sequência única de camadas)</translation>
    </message>
    <message>
        <source>the builder has no “{kind}” layer</source>
        <translation>o construtor não tem a camada “{kind}”</translation>
    </message>
    <message>
        <source>its last layer is not a softmax Dense layer</source>
        <translation>a última camada não é uma Dense com softmax</translation>
    </message>
    <message>
        <source>its input is not an image (height × width × channels)</source>
        <translation>a entrada não é uma imagem (altura × largura × canais)</translation>
    </message>
    <message>
        <source>the builder cannot set “{option}” of {kind}</source>
        <translation>o construtor não sabe ajustar “{option}” de {kind}</translation>
    </message>
    <message>
        <source>the file is not a Keras architecture (model.to_json())</source>
        <translation>o arquivo não é uma arquitetura Keras (model.to_json())</translation>
    </message>
    <message>
        <source>only .json and .keras files hold a network</source>
        <translation>só arquivos .json e .keras guardam uma rede</translation>
    </message>
    <message>
        <source>{shape_in} → {shape_out}</source>
        <translation>{shape_in} → {shape_out}</translation>
    </message>
    <message>
        <source>parameters: {formula}</source>
        <translation>parâmetros: {formula}</translation>
    </message>
    <message>
        <source>multiply-adds: {formula}</source>
        <translation>multiplicações-somas: {formula}</translation>
    </message>
    <message>
        <source>Parameters: {total} (trainable: {trainable}) · multiply-adds per image: {macs}</source>
        <translation>Parâmetros: {total} (treináveis: {trainable}) · multiplicações-somas por imagem: {macs}</translation>
    </message>
    <message>
        <source>Its first dense layer alone has {count} parameters: every pixel is connected to every unit.</source>
        <translation>Só a primeira camada densa tem {count} parâmetros: cada pixel se liga a cada neurônio.</translation>
    </message>
    <message>
        <source>A dense layer making the same map as the first Conv2D would need {dense} parameters; the Conv2D uses {conv}.</source>
        <translation>Uma camada densa que produzisse o mesmo mapa do primeiro Conv2D precisaria de {dense} parâmetros; o Conv2D usa {conv}.</translation>
    </message>
</context>
<context>
    <name>CellExamples</name>
    <message>
        <source>True class: {true}. Predicted: {predicted}, with {share} % confidence. Click to open it in the Activations tab.</source>
        <translation>Classe verdadeira: {true}. Prevista: {predicted}, com {share} % de confiança. Clique para abri-la na aba Ativações.</translation>
    </message>
</context>
<context>
    <name>ChannelTiles</name>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>A colour photo is three grids of numbers: how much red, green and blue each pixel has. The first convolution reads all three at once.</source>
        <translation>Uma foto colorida são três grades de números: quanto vermelho, verde e azul cada pixel tem. A primeira convolução lê as três ao mesmo tempo.</translation>
    </message>
</context>
<context>
    <name>CodeLink</name>
    <message>
        <source>The script loads MNIST: the data chosen here has no file it can read (import it as .npz to use it in the script).</source>
        <translation>O script carrega o MNIST: os dados escolhidos aqui não têm um arquivo que ele consiga ler (importe-os como .npz para usá-los no script).</translation>
    </message>
    <message>
        <source>The script builds {file}&apos;s layers with new weights; Start here continues the file with its weights.</source>
        <translation>O script monta as camadas de {file} com pesos novos; aqui, Iniciar continua o arquivo com os pesos dele.</translation>
    </message>
    <message>
        <source>This network cannot be trained yet: {reason}</source>
        <translation>Esta rede ainda não pode ser treinada: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Reads {answer} ({percent} %)</source>
        <translation>Lê {answer} ({percent} %)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>certo</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>errado</translation>
    </message>
    <message>
        <source>What this network receives: the digit after every perturbation. Press and drag to move the occlusion patch.</source>
        <translation>O que esta rede recebe: o dígito depois de todas as perturbações. Pressione e arraste para mover o bloco de oclusão.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>True class {true}, predicted {predicted}: {count} images ({share} % of the {true} images). Click to see them.</source>
        <translation>Classe verdadeira {true}, prevista {predicted}: {count} imagens ({share} % das imagens de {true}). Clique para vê-las.</translation>
    </message>
</context>
<context>
    <name>ControlLocks</name>
    <message>
        <source>Locked by the activity</source>
        <translation>Bloqueado pela atividade</translation>
    </message>
</context>
<context>
    <name>ConvCellView</name>
    <message>
        <source>Input, padding {p} (grey), stride {s}</source>
        <translation>Entrada, preenchimento {p} (cinza), passo {s}</translation>
    </message>
    <message>
        <source>Input, no padding, stride {s}</source>
        <translation>Entrada, sem preenchimento, passo {s}</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Output: row {row}, column {col}</source>
        <translation>Saída: linha {row}, coluna {col}</translation>
    </message>
</context>
<context>
    <name>Convolution3DActivity</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Passo (stride)</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Preenchimento (padding)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
</context>
<context>
    <name>Convolution3DLesson</name>
    <message>
        <source>Filter {index} ({limit})</source>
        <translation>Filtro {index} ({limit})</translation>
    </message>
    <message>
        <source>This picture is grey: its one channel was copied into R, G and B, so the three channels are equal.</source>
        <translation>Esta imagem é em tons de cinza: seu único canal foi copiado para R, G e B, então os três canais são iguais.</translation>
    </message>
    <message>
        <source>Input: {height}×{width}×3</source>
        <translation>Entrada: {height}×{width}×3</translation>
    </message>
    <message>
        <source>Output size = ⌊(n + 2p − k)/s⌋ + 1
rows: {rows}
columns: {cols}
→ {filters} feature maps of {out_h}×{out_w}</source>
        <translation>Tamanho da saída = ⌊(n + 2p − k)/s⌋ + 1
linhas: {rows}
colunas: {cols}
→ {filters} mapas de características de {out_h}×{out_w}</translation>
    </message>
    <message>
        <source>Filter {index}, output row {row}, column {col} ← input rows {top} to {bottom}, columns {left} to {right}</source>
        <translation>Filtro {index}, saída linha {row}, coluna {col} ← entrada linhas {top} a {bottom}, colunas {left} a {right}</translation>
    </message>
    <message>
        <source>Point at a cell of a feature map.</source>
        <translation>Aponte para uma célula de um mapa de características.</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>viés</translation>
    </message>
</context>
<context>
    <name>Convolution3DView</name>
    <message>
        <source>Convolution over colour (3-D)</source>
        <translation>Convolução em cores (3D)</translation>
    </message>
    <message>
        <source>Each filter spans all three channels: 3×3×3 = 27 weights. At every position it multiplies the 27 input numbers under it, adds them (and a bias) into one value of its feature map. Point at a feature map to see where its value comes from.</source>
        <translation>Cada filtro cobre os três canais: 3×3×3 = 27 pesos. Em cada posição ele multiplica os 27 números da entrada sob ele e os soma (com um viés) em um valor do seu mapa de características. Aponte para um mapa de características para ver de onde vem o valor.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Stride (s):</source>
        <translation>Passo (s):</translation>
    </message>
    <message>
        <source>Padding (p):</source>
        <translation>Preenchimento (p):</translation>
    </message>
    <message>
        <source>Feature maps (one per filter)</source>
        <translation>Mapas de características (um por filtro)</translation>
    </message>
    <message>
        <source>Blue: negative, white: zero, red: positive. Each map has its own scale, ±its largest value, written in its title.</source>
        <translation>Azul: negativo, branco: zero, vermelho: positivo. Cada mapa tem sua própria escala, ± o seu maior valor, escrita no título.</translation>
    </message>
    <message>
        <source>−max</source>
        <translation>−máx</translation>
    </message>
    <message>
        <source>+max</source>
        <translation>+máx</translation>
    </message>
    <message>
        <source>The photo is shrunk so its longest side has this many pixels: small enough to see each receptive field, large enough to recognise the picture.</source>
        <translation>A foto é reduzida para que o lado maior tenha este número de pixels: pequena o bastante para ver cada campo receptivo, grande o bastante para reconhecer a imagem.</translation>
    </message>
    <message>
        <source>How many pixels the filter moves at each step: a larger stride gives a smaller feature map.</source>
        <translation>Quantos pixels o filtro anda a cada passo (stride): um passo maior dá um mapa de características menor.</translation>
    </message>
    <message>
        <source>Rings of zeros added around the image (grey), so the filter can also be centred on border pixels.</source>
        <translation>Anéis de zeros adicionados ao redor da imagem (cinza) — o preenchimento (padding) —, para que o filtro também possa ser centrado nos pixels da borda.</translation>
    </message>
    <message>
        <source>Point at a cell: its input region is outlined and its sum written out.</source>
        <translation>Aponte para uma célula: a região da entrada correspondente é contornada e a sua soma é escrita.</translation>
    </message>
</context>
<context>
    <name>ConvolutionActivity</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Passo (stride)</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Preenchimento (padding)</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Etapa atual</translation>
    </message>
</context>
<context>
    <name>ConvolutionLesson</name>
    <message>
        <source>The kernel ({kh}×{kw}) is larger than the padded input ({ph}×{pw}): make the input bigger, add padding or use a smaller kernel.</source>
        <translation>O kernel ({kh}×{kw}) é maior que a entrada com preenchimento ({ph}×{pw}): aumente a entrada, acrescente preenchimento ou use um kernel menor.</translation>
    </message>
    <message>
        <source>Output size = ⌊(n + 2p − k)/s⌋ + 1
rows: {rows}
columns: {cols}</source>
        <translation>Tamanho da saída = ⌊(n + 2p − k)/s⌋ + 1
linhas: {rows}
colunas: {cols}</translation>
    </message>
    <message>
        <source>No output: the kernel does not fit.</source>
        <translation>Sem saída: o kernel não cabe na entrada.</translation>
    </message>
    <message>
        <source>Output cell (row {row}, column {col}):</source>
        <translation>Célula da saída (linha {row}, coluna {col}):</translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <source>Convolution</source>
        <translation>Convolução</translation>
    </message>
    <message>
        <source>The kernel slides over the input. At each position, every input value under the kernel is multiplied by the weight on top of it, and the products are added: that sum is one cell of the output (the feature map). Step through it, or edit any number — double-click a cell or just type.</source>
        <translation>O kernel desliza sobre a entrada. Em cada posição, cada valor da entrada sob o kernel é multiplicado pelo peso sobre ele, e os produtos são somados: essa soma é uma célula da saída (o mapa de características). Avance passo a passo, ou edite qualquer número — clique duas vezes numa célula ou apenas digite.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kernel (filter)</source>
        <translation>Kernel (filtro)</translation>
    </message>
    <message>
        <source>Output (feature map)</source>
        <translation>Saída (mapa de características)</translation>
    </message>
    <message>
        <source>Yellow: the kernel&apos;s window and the output cell it produces. Grey: zero padding added around the input.</source>
        <translation>Amarelo: a janela do kernel e a célula da saída que ela produz. Cinza: preenchimento (padding) com zeros ao redor da entrada.</translation>
    </message>
    <message>
        <source>Sizes, stride and padding</source>
        <translation>Tamanhos, passo (stride) e preenchimento (padding)</translation>
    </message>
    <message>
        <source>Input size:</source>
        <translation>Tamanho da entrada:</translation>
    </message>
    <message>
        <source>Kernel size:</source>
        <translation>Tamanho do kernel:</translation>
    </message>
    <message>
        <source>Stride (s):</source>
        <translation>Passo (s):</translation>
    </message>
    <message>
        <source>Padding (p):</source>
        <translation>Padding (p):</translation>
    </message>
    <message>
        <source>Rows of the input (n), up to 10</source>
        <translation>Linhas da entrada (n), até 10</translation>
    </message>
    <message>
        <source>Columns of the input (n), up to 10</source>
        <translation>Colunas da entrada (n), até 10</translation>
    </message>
    <message>
        <source>Rows of the kernel (k), up to 5</source>
        <translation>Linhas do kernel (k), até 5</translation>
    </message>
    <message>
        <source>Columns of the kernel (k), up to 5</source>
        <translation>Colunas do kernel (k), até 5</translation>
    </message>
    <message>
        <source>How many cells the kernel moves at each step. A larger stride overlaps less and gives a smaller output.</source>
        <translation>Quantas células o kernel se desloca a cada passo. Um stride maior sobrepõe menos as regiões e dá uma saída menor.</translation>
    </message>
    <message>
        <source>Rings of zeros added around the input, to control the output size and keep the information at the borders.</source>
        <translation>Linhas e colunas de zeros adicionadas ao redor da entrada, para ajustar o tamanho da saída e preservar a informação das bordas.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>No padding (Keras padding=&quot;valid&quot;)</source>
        <translation>Sem preenchimento (no Keras, padding=&quot;valid&quot;)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Just enough padding for an output of ⌈n/s⌉ cells (Keras padding=&quot;same&quot;); with an even kernel the extra row and column go at the bottom and right.</source>
        <translation>Preenchimento suficiente para uma saída de ⌈n/s⌉ células (no Keras, padding=&quot;same&quot;); com um kernel de tamanho par, a linha e a coluna extras ficam embaixo e à direita.</translation>
    </message>
    <message>
        <source>Deck example</source>
        <translation>Exemplo do slide</translation>
    </message>
    <message>
        <source>The slide&apos;s input, kernel and output</source>
        <translation>A entrada, o kernel e a saída do slide</translation>
    </message>
    <message>
        <source>Random numbers</source>
        <translation>Números aleatórios</translation>
    </message>
    <message>
        <source>Fill input and kernel with small random integers</source>
        <translation>Preenche a entrada e o kernel com pequenos inteiros aleatórios</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>(not written)</source>
        <translation>(não foi gravado)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action may not have finished. The lab keeps running; the details were written to {log}.</source>
        <translation>Algo deu errado, e a última ação pode não ter terminado. O laboratório continua funcionando; os detalhes foram gravados em {log}.</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Import a dataset</source>
        <translation>Importar um conjunto de dados</translation>
    </message>
    <message>
        <source>Datasets (*.npz *idx*);;All files (*)</source>
        <translation>Conjuntos de dados (*.npz *idx*);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import a dataset folder</source>
        <translation>Importar uma pasta de conjunto de dados</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Imported {source}: {images} images in {classes} classes, now in the list as “{name}”.</source>
        <translation>{source} importado: {images} imagens em {classes} classes, agora na lista como “{name}”.</translation>
    </message>
    <message>
        <source>Warning: {percent} % of the images are dark on a light background; the digit models read light strokes on black, so invert them before training on them with those models.</source>
        <translation>Atenção: {percent} % das imagens são escuras sobre fundo claro; os modelos de dígitos leem traços claros sobre preto, então inverta as imagens antes de treinar com esses modelos.</translation>
    </message>
    <message>
        <source>Warning: {percent} % of the images are dark on a light background and the rest light on dark; mixed polarities make learning harder.</source>
        <translation>Atenção: {percent} % das imagens são escuras sobre fundo claro e as demais claras sobre fundo escuro; polaridades misturadas tornam o aprendizado mais difícil.</translation>
    </message>
    <message>
        <source>Import failed: {reason}</source>
        <translation>A importação falhou: {reason}</translation>
    </message>
    <message>
        <source>Import dataset…</source>
        <translation>Importar dados…</translation>
    </message>
    <message>
        <source>Copy a dataset into CNN Lab: a Keras .npz file, a folder of IDX files, or a folder with one sub-folder of images per class.</source>
        <translation>Copia um conjunto de dados para o CNN Lab: um arquivo .npz do Keras, uma pasta de arquivos IDX ou uma pasta com uma subpasta de imagens por classe.</translation>
    </message>
    <message>
        <source>A file (.npz or IDX)…</source>
        <translation>Um arquivo (.npz ou IDX)…</translation>
    </message>
    <message>
        <source>A folder (IDX files, or one folder per class)…</source>
        <translation>Uma pasta (arquivos IDX, ou uma pasta por classe)…</translation>
    </message>
    <message>
        <source>Training images picked at random, with their labels:</source>
        <translation>Imagens de treino sorteadas, com seus rótulos:</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Sortear</translation>
    </message>
    <message>
        <source>Show other training images picked at random.</source>
        <translation>Mostra outras imagens de treino, sorteadas.</translation>
    </message>
</context>
<context>
    <name>DataProblem</name>
    <message>
        <source>there is no such file or folder.</source>
        <translation>este arquivo ou pasta não existe.</translation>
    </message>
    <message>
        <source>this is not a dataset CNN Lab can read: choose an .npz file, IDX files, or a folder with one sub-folder of images per class.</source>
        <translation>isto não é um conjunto de dados que o CNN Lab consiga ler: escolha um arquivo .npz, arquivos IDX ou uma pasta com uma subpasta de imagens por classe.</translation>
    </message>
    <message>
        <source>this class folder has no images (PNG, JPEG or BMP); every class needs at least one.</source>
        <translation>esta pasta de classe não tem imagens (PNG, JPEG ou BMP); cada classe precisa de pelo menos uma.</translation>
    </message>
    <message>
        <source>this file is not an image that can be read (it is damaged, empty or in another format than its name says).</source>
        <translation>este arquivo não é uma imagem legível (está danificado, vazio ou em outro formato do que o nome indica).</translation>
    </message>
    <message>
        <source>this .npz file has none of the expected arrays (x_train/y_train or x/y).</source>
        <translation>este arquivo .npz não tem nenhum dos arrays esperados (x_train/y_train ou x/y).</translation>
    </message>
    <message>
        <source>choose a .zip file or a folder of digit folders (0 to 9) to import from.</source>
        <translation>escolha um arquivo .zip ou uma pasta com pastas de dígitos (0 a 9) para importar.</translation>
    </message>
    <message>
        <source>the file could not be read: it may be damaged, or it may not be allowed to open it.</source>
        <translation>não foi possível ler o arquivo: ele pode estar danificado, ou pode não haver permissão para abri-lo.</translation>
    </message>
    <message>
        <source>this data cannot be used as it is (point here for the details).</source>
        <translation>estes dados não podem ser usados como estão (aponte aqui para ver os detalhes).</translation>
    </message>
</context>
<context>
    <name>DatasetChooser</name>
    <message>
        <source>MNIST sample ({count} training digits, quick)</source>
        <translation>Amostra do MNIST ({count} dígitos de treino, rápida)</translation>
    </message>
    <message>
        <source>My digits ({count} images)</source>
        <translation>Meus dígitos ({count} imagens)</translation>
    </message>
    <message>
        <source>{name} ({count} images)</source>
        <translation>{name} ({count} imagens)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not load this dataset: {reason}</source>
        <translation>Não foi possível carregar este conjunto de dados: {reason}</translation>
    </message>
    <message>
        <source>{count} test images</source>
        <translation>{count} imagens de teste</translation>
    </message>
    <message>
        <source>no test split (validation is used)</source>
        <translation>sem divisão de teste (usa-se a validação)</translation>
    </message>
    <message>
        <source>{count} of each: {names}</source>
        <translation>{count} de cada: {names}</translation>
    </message>
    <message>
        <source>{train} training images of {h} × {w} × {c}, {test}; {classes} classes ({per_class}).</source>
        <translation>{train} imagens de treinamento de {h} × {w} × {c}, {test}; {classes} classes ({per_class}).</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dados:</translation>
    </message>
    <message>
        <source>The images and their labels. MNIST (70,000 handwritten digits) comes with CNN Lab; its sample (the first 500 training images of each digit) trains in seconds.</source>
        <translation>As imagens e seus rótulos. O MNIST (70.000 dígitos manuscritos) vem com o CNN Lab; sua amostra (as 500 primeiras imagens de treino de cada dígito) treina em segundos.</translation>
    </message>
</context>
<context>
    <name>DatasetNames</name>
    <message>
        <source>MNIST sample ({count} digits)</source>
        <translation>Amostra do MNIST ({count} dígitos)</translation>
    </message>
    <message>
        <source>MNIST — handwritten digits</source>
        <translation>MNIST — dígitos manuscritos</translation>
    </message>
    <message>
        <source>Fashion-MNIST — clothes</source>
        <translation>Fashion-MNIST — roupas</translation>
    </message>
    <message>
        <source>CIFAR-10 — colour objects</source>
        <translation>CIFAR-10 — objetos coloridos</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>Meus dígitos</translation>
    </message>
</context>
<context>
    <name>DetectorView</name>
    <message>
        <source>Draw a 5 anywhere</source>
        <translation>Desenhe um 5 em qualquer lugar</translation>
    </message>
    <message>
        <source>Three filters for a 5 and their response maps</source>
        <translation>Três filtros para um 5 e os seus mapas de resposta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>A sample 5</source>
        <translation>Um 5 de exemplo</translation>
    </message>
    <message>
        <source>Another digit</source>
        <translation>Outro dígito</translation>
    </message>
    <message>
        <source>My Draw-tab drawing</source>
        <translation>Meu desenho</translation>
    </message>
    <message>
        <source>Draw smaller than in the Draw tab, so there is room to move. The filters are 20 px, so the whole canvas is scaled until the digit is 20 px tall; where you drew it stays where it is.</source>
        <translation>Desenhe menor do que na aba Desenhar, para sobrar espaço para mover. Os filtros têm 20 px, então a tela inteira é redimensionada até o dígito ter 20 px de altura; o lugar onde você desenhou continua o mesmo.</translation>
    </message>
    <message>
        <source>Each filter is the average of a third of the sample&apos;s 5s, sorted by slant. Its response is the correlation with the window under it (−1 to 1; the frame shows the best window). Max pooling over all positions, then over the three filters, gives one output: high wherever the 5 is, whichever filter fired.</source>
        <translation>Cada filtro é a média de um terço dos 5 do exemplo, ordenados pela inclinação. A sua resposta é a correlação com a janela debaixo dele (de −1 a 1; a moldura mostra a melhor janela). O agrupamento máximo sobre todas as posições, e depois sobre os três filtros, dá uma única saída: alta onde quer que o 5 esteja, seja qual for o filtro que disparou.</translation>
    </message>
    <message>
        <source>Empty the canvas</source>
        <translation>Esvazia a tela</translation>
    </message>
    <message>
        <source>Put a real 5 from the MNIST sample at a random place on the canvas.</source>
        <translation>Coloca um 5 real do exemplo do MNIST em um lugar aleatório da tela.</translation>
    </message>
    <message>
        <source>Put another MNIST digit at a random place, to see that the output drops.</source>
        <translation>Coloca outro dígito do MNIST em um lugar aleatório, para ver que a saída cai.</translation>
    </message>
    <message>
        <source>Copy the drawing from the Draw tab here.</source>
        <translation>Copia para cá o desenho da aba Desenhar.</translation>
    </message>
    <message>
        <source>Draw with the left button, erase with the right.</source>
        <translation>Desenhe com o botão esquerdo, apague com o direito.</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <source>The network&apos;s layers</source>
        <translation>As camadas da rede</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>Não foi possível exportar: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} salvo.</translation>
    </message>
    <message>
        <source>network.svg</source>
        <translation>rede.svg</translation>
    </message>
    <message>
        <source>network.png</source>
        <translation>rede.png</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Exportar o diagrama</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>Save the diagram as a vector drawing (SVG) for slides and handouts.</source>
        <translation>Salvar o diagrama como desenho vetorial (SVG) para slides e apostilas.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image.</source>
        <translation>Salvar o diagrama como imagem PNG.</translation>
    </message>
    <message>
        <source>Each block is a layer&apos;s output: the height and width follow the feature map&apos;s, the depth the number of channels; thin bars are vectors.</source>
        <translation>Cada bloco é a saída de uma camada: altura e largura seguem as do mapa de características, a profundidade o número de canais; as barras finas são vetores.</translation>
    </message>
</context>
<context>
    <name>DigitBox</name>
    <message>
        <source>Example digit (MNIST)</source>
        <translation>Dígito de exemplo (MNIST)</translation>
    </message>
    <message>
        <source>A real handwritten 7 from the MNIST test digits</source>
        <translation>Um 7 manuscrito de verdade, dos dígitos de teste do MNIST</translation>
    </message>
    <message>
        <source>My drawing</source>
        <translation>Meu desenho</translation>
    </message>
    <message>
        <source>The digit drawn in the Draw tab, as the networks read it (draw one there first)</source>
        <translation>O dígito desenhado na aba Desenhar, como as redes o leem (desenhe um lá primeiro)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Move the digit one pixel to the left</source>
        <translation>Desloca o dígito um pixel para a esquerda</translation>
    </message>
    <message>
        <source>Move the digit one pixel to the right</source>
        <translation>Desloca o dígito um pixel para a direita</translation>
    </message>
    <message>
        <source>Move the digit one pixel up</source>
        <translation>Desloca o dígito um pixel para cima</translation>
    </message>
    <message>
        <source>Move the digit one pixel down</source>
        <translation>Desloca o dígito um pixel para baixo</translation>
    </message>
    <message>
        <source>Put the digit back where it was</source>
        <translation>Põe o dígito de volta onde estava</translation>
    </message>
    <message>
        <source>The 28×28 image both networks read; uncovered pixels are black (zero)</source>
        <translation>A imagem 28×28 que as duas redes leem; os pixels descobertos ficam pretos (zero)</translation>
    </message>
    <message>
        <source>Magenta frame: where the digit was before moving.</source>
        <translation>Moldura magenta: onde o dígito estava antes de ser deslocado.</translation>
    </message>
</context>
<context>
    <name>DigitChooser</name>
    <message>
        <source>True class: {digit}</source>
        <translation>Classe verdadeira: {digit}</translation>
    </message>
    <message>
        <source>True class unknown: judge the answers yourself.</source>
        <translation>Classe verdadeira desconhecida: julgue você as respostas.</translation>
    </message>
    <message>
        <source>Digit:</source>
        <translation>Dígito:</translation>
    </message>
    <message>
        <source>MNIST test digit</source>
        <translation>Dígito de teste do MNIST</translation>
    </message>
    <message>
        <source>My drawing (Draw tab)</source>
        <translation>Meu desenho (aba Desenhar)</translation>
    </message>
    <message>
        <source>Webcam snapshot (Webcam tab)</source>
        <translation>Foto da webcam (aba Webcam)</translation>
    </message>
    <message>
        <source>The digit to perturb: one of MNIST&apos;s 10,000 test digits (its true class is known), your drawing, or a webcam snapshot.</source>
        <translation>O dígito a perturbar: um dos 10.000 dígitos de teste do MNIST (sua classe verdadeira é conhecida), o seu desenho ou uma foto da webcam.</translation>
    </message>
    <message>
        <source>Which MNIST test digit (0–9,999)</source>
        <translation>Qual dígito de teste do MNIST (0–9.999)</translation>
    </message>
    <message>
        <source>Another digit</source>
        <translation>Outro dígito</translation>
    </message>
    <message>
        <source>The next MNIST test digit</source>
        <translation>O próximo dígito de teste do MNIST</translation>
    </message>
</context>
<context>
    <name>DigitPanel</name>
    <message>
        <source>{percent} % sure</source>
        <translation>{percent} % de certeza</translation>
    </message>
    <message>
        <source>No digit found in this frame. Digits need dark ink on light paper, away from the picture&apos;s edges.</source>
        <translation>Nenhum dígito neste quadro. Os dígitos precisam de tinta escura em papel claro, longe das bordas da imagem.</translation>
    </message>
    <message>
        <source>Sensitivity: ink is at least {levels} grey levels darker than the paper around it</source>
        <translation>Sensibilidade: a tinta é pelo menos {levels} níveis de cinza mais escura que o papel em volta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
    <message>
        <source>Selected digit</source>
        <translation>Dígito selecionado</translation>
    </message>
    <message>
        <source>Inspect in Activations</source>
        <translation>Inspecionar em Ativações</translation>
    </message>
    <message>
        <source>Send frame to the kernel editor</source>
        <translation>Enviar quadro ao editor de kernels</translation>
    </message>
    <message>
        <source>Snapshot…</source>
        <translation>Capturar imagem…</translation>
    </message>
    <message>
        <source>bold ink only</source>
        <translation>só tinta forte</translation>
    </message>
    <message>
        <source>fainter ink</source>
        <translation>tinta mais fraca</translation>
    </message>
    <message>
        <source>Open the Activations tab on this digit&apos;s 28 × 28 picture to see what every layer makes of it.</source>
        <translation>Abre a aba Ativações com a imagem 28 × 28 deste dígito, para ver o que cada camada faz com ela.</translation>
    </message>
    <message>
        <source>Use the whole frame as the picture of the kernel-editor lesson, to try filters on it.</source>
        <translation>Usa o quadro inteiro como imagem da lição do editor de kernels, para experimentar filtros nele.</translation>
    </message>
    <message>
        <source>Hold the current frame still to discuss it; the sensitivity still applies to it.</source>
        <translation>Mantém o quadro atual parado para discuti-lo; a sensibilidade continua valendo para ele.</translation>
    </message>
    <message>
        <source>Save the frame with its boxes and labels as a PNG image.</source>
        <translation>Salva o quadro com seus retângulos e rótulos como imagem PNG.</translation>
    </message>
    <message>
        <source>Move right to find fainter ink such as pencil; move left if shadows or texture get boxed as digits.</source>
        <translation>Mova para a direita para encontrar tinta mais fraca, como lápis; para a esquerda se sombras ou texturas forem marcadas como dígitos.</translation>
    </message>
</context>
<context>
    <name>DigitSource</name>
    <message>
        <source>Nothing is drawn yet: draw a digit in the Draw tab.</source>
        <translation>Nada desenhado ainda: desenhe um dígito na aba Desenhar.</translation>
    </message>
    <message>
        <source>No webcam snapshot yet: in the Webcam tab, point the camera at a digit and press “Send frame to the kernel editor”.</source>
        <translation>Nenhuma foto da webcam ainda: na aba Webcam, aponte a câmera para um dígito e pressione “Enviar quadro ao editor de kernels”.</translation>
    </message>
    <message>
        <source>That picture holds no digit to read.</source>
        <translation>Essa imagem não tem nenhum dígito para ler.</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <source>Draw a digit in the black square with the mouse, a pen or a finger.</source>
        <translation>Desenhe um dígito no quadrado preto com o mouse, uma caneta ou o dedo.</translation>
    </message>
    <message>
        <source>The names of this model&apos;s classes are unknown, so it answers with class numbers; name them above the canvas.</source>
        <translation>Os nomes das classes deste modelo são desconhecidos, então ele responde com números de classe; dê nomes a elas acima da tela de desenho.</translation>
    </message>
    <message>
        <source>Draw a piece of clothing: this model knows only clothes.</source>
        <translation>Desenhe uma peça de roupa: este modelo só conhece roupas.</translation>
    </message>
    <message>
        <source>Draw one of this model&apos;s classes: {names}.</source>
        <translation>Desenhe uma das classes deste modelo: {names}.</translation>
    </message>
    <message>
        <source>{percent} % sure</source>
        <translation>{percent} % de certeza</translation>
    </message>
    <message>
        <source>Not sure: {first} ({p1} %) or {second} ({p2} %)?</source>
        <translation>Em dúvida: {first} ({p1} %) ou {second} ({p2} %)?</translation>
    </message>
    <message>
        <source>Open an image as the input</source>
        <translation>Abrir uma imagem como entrada</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Salvar o desenho</translation>
    </message>
    <message>
        <source>drawing.png</source>
        <translation>desenho.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Não foi possível salvar {path}: {reason}</translation>
    </message>
    <message>
        <source>as drawn</source>
        <translation>como desenhado</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>recortado</translation>
    </message>
    <message>
        <source>20 × 20</source>
        <translation>20 × 20</translation>
    </message>
    <message>
        <source>centred 28 × 28</source>
        <translation>centrado 28 × 28</translation>
    </message>
    <message>
        <source>The network reads:</source>
        <translation>A rede lê:</translation>
    </message>
    <message>
        <source>What the network receives — the drawing prepared the way MNIST&apos;s digits were:</source>
        <translation>O que a rede recebe — o desenho preparado como os dígitos do MNIST foram:</translation>
    </message>
</context>
<context>
    <name>DrawTools</name>
    <message>
        <source>Brush: {width} px</source>
        <translation>Pincel: {width} px</translation>
    </message>
    <message>
        <source>Stroke width on the 280 × 280 canvas. The network sees the digit shrunk to 20 × 20 pixels: very thin strokes almost vanish, very thick ones close the loops.</source>
        <translation>Largura do traço na tela de 280 × 280. A rede vê o dígito reduzido a 20 × 20 pixels: traços muito finos quase somem, traços muito grossos fecham as voltas.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <source>Erase instead of drawing (E). The right mouse button always erases.</source>
        <translation>Apagar em vez de desenhar (E). O botão direito do mouse sempre apaga.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Desfazer o último traço (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Refazer o que foi desfeito (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the canvas (Esc or Delete); Undo brings the drawing back</source>
        <translation>Limpar a tela (Esc ou Delete); Desfazer traz o desenho de volta</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Abrir imagem…</translation>
    </message>
    <message>
        <source>Use a picture as the input (Ctrl+O): a photo of a digit on paper works too; it goes through the same preparation as a drawing</source>
        <translation>Usar uma imagem como entrada (Ctrl+O): a foto de um dígito no papel também serve; ela passa pela mesma preparação que um desenho</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Salvar PNG…</translation>
    </message>
    <message>
        <source>Save the drawing as a PNG image (Ctrl+S)</source>
        <translation>Salvar o desenho como imagem PNG (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>EvaluationActivity</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Positive class</source>
        <translation>Classe positiva</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>Export the report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>evaluation_report.csv</source>
        <translation>relatorio_avaliacao.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the confusion matrix</source>
        <translation>Exportar a matriz de confusão</translation>
    </message>
    <message>
        <source>confusion_matrix.png</source>
        <translation>matriz_confusao.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>EvaluationTexts</name>
    <message>
        <source>“{data}” has labels up to {label}, but the model tells only {count} classes apart: choose a model trained on these classes.</source>
        <translation>“{data}” tem rótulos até {label}, mas o modelo distingue só {count} classes: escolha um modelo treinado nessas classes.</translation>
    </message>
    <message>
        <source>The model reads {mh} × {mw} images, but “{data}” has {dh} × {dw} images: choose data of the model&apos;s size, or another model.</source>
        <translation>O modelo lê imagens de {mh} × {mw}, mas “{data}” tem imagens de {dh} × {dw}: escolha dados do tamanho do modelo, ou outro modelo.</translation>
    </message>
    <message>
        <source>grey (1 channel)</source>
        <translation>em tons de cinza (1 canal)</translation>
    </message>
    <message>
        <source>colour (3 channels)</source>
        <translation>coloridas (3 canais)</translation>
    </message>
    <message>
        <source>The model reads {model_kind} images, but “{data}” has {data_kind} images: choose matching data, or another model.</source>
        <translation>O modelo lê imagens {model_kind}, mas “{data}” tem imagens {data_kind}: escolha dados compatíveis, ou outro modelo.</translation>
    </message>
    <message>
        <source>Careful: the model&apos;s classes ({model}) are not this data&apos;s ({data}), so its answers are compared with labels of other things.</source>
        <translation>Atenção: as classes do modelo ({model}) não são as destes dados ({data}); as respostas dele serão comparadas com rótulos de outras coisas.</translation>
    </message>
    <message>
        <source>Choose a model and data, then press Evaluate.</source>
        <translation>Escolha um modelo e os dados e clique em Avaliar.</translation>
    </message>
    <message>
        <source>accuracy {accuracy} ({percent} %)</source>
        <translation>acurácia {accuracy} ({percent} %)</translation>
    </message>
    <message>
        <source>{count} images: {score}</source>
        <translation>{count} imagens: {score}</translation>
    </message>
    <message>
        <source>validation split (no test split: the training hold-out)</source>
        <translation>conjunto de validação (sem conjunto de teste: a parte que o treinamento separa)</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>conjunto de teste</translation>
    </message>
    <message>
        <source>{model} on {data}, {split}, {count} images: {score}</source>
        <translation>{model} em {data}, {split}, {count} imagens: {score}</translation>
    </message>
    <message>
        <source>Evaluating {model} on {data}…</source>
        <translation>Avaliando {model} em {data}…</translation>
    </message>
    <message>
        <source>No image of class {true} was predicted as {predicted}.</source>
        <translation>Nenhuma imagem da classe {true} foi prevista como {predicted}.</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: one image. Click it to inspect it.</source>
        <translation>Verdadeira {true}, prevista {predicted}: uma imagem. Clique nela para inspecioná-la.</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} images; the {shown} most confident are shown.</source>
        <translation>Verdadeira {true}, prevista {predicted}: {count} imagens; aparecem as {shown} de maior confiança.</translation>
    </message>
    <message>
        <source>True {true}, predicted {predicted}: {count} images, the most confident first. Click one to inspect it.</source>
        <translation>Verdadeira {true}, prevista {predicted}: {count} imagens, as de maior confiança primeiro. Clique em uma para inspecioná-la.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its images.</source>
        <translation>Clique em uma célula da matriz para ver as suas imagens.</translation>
    </message>
    <message>
        <source>The evaluation failed: {reason}</source>
        <translation>A avaliação falhou: {reason}</translation>
    </message>
    <message>
        <source>Evaluate a model first: there is nothing to export yet.</source>
        <translation>Avalie um modelo primeiro: ainda não há nada para exportar.</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>Não foi possível salvar {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Evaluate</source>
        <translation>Avaliar</translation>
    </message>
    <message>
        <source>Run the model on every image of the test split (or, without one, of the validation hold-out) and compare its answers with the labels.</source>
        <translation>Executa o modelo em todas as imagens do conjunto de teste (ou, se não houver, do conjunto de validação) e compara as respostas com os rótulos.</translation>
    </message>
    <message>
        <source>Export report (CSV)…</source>
        <translation>Exportar relatório (CSV)…</translation>
    </message>
    <message>
        <source>Save the table of precision, recall, F1 and support as a CSV file for a spreadsheet.</source>
        <translation>Salva a tabela de precisão, revocação, F1 e suporte como um arquivo CSV para planilhas.</translation>
    </message>
    <message>
        <source>Export matrix (PNG)…</source>
        <translation>Exportar matriz (PNG)…</translation>
    </message>
    <message>
        <source>Save the confusion matrix, as coloured now, as a PNG image.</source>
        <translation>Salva a matriz de confusão, com as cores atuais, como uma imagem PNG.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Precision, recall and F1 of every class, with their averages.</source>
        <translation>Precisão, revocação (recall) e F1 de cada classe, com as suas médias.</translation>
    </message>
    <message>
        <source>Positive class: TP, TN, FP, FN</source>
        <translation>Classe positiva: VP, VN, FP, FN</translation>
    </message>
    <message>
        <source>Choose a positive class and see the matrix collapse into four counts and the formulas of slides 25–26.</source>
        <translation>Escolha uma classe positiva e veja a matriz se reduzir a quatro contagens e às fórmulas dos slides 25–26.</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Classe verdadeira</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Classe prevista</translation>
    </message>
    <message>
        <source>The images of the clicked cell; click one to see how the network reads it in the Activations tab.</source>
        <translation>As imagens da célula clicada; clique em uma para ver como a rede a lê na aba Ativações.</translation>
    </message>
</context>
<context>
    <name>ExerciseButton</name>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Practise what this page shows: the Exercises page opens on “{topic}”, with problems to work out by hand and a worked solution for every mistake.</source>
        <translation>Pratique o que esta página mostra: a página Exercícios abre em “{topic}”, com problemas para resolver à mão e a solução passo a passo a cada erro.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>“{code}” is not a class code: four letters and digits, as on the board (0, 1, I, L and O are never used). The set stays {old}.</source>
        <translation>“{code}” não é um código de turma: quatro letras e algarismos, como no quadro (0, 1, I, L e O nunca são usados). A lista continua {old}.</translation>
    </message>
    <message>
        <source>Nothing to export yet: check an answer first.</source>
        <translation>Nada para exportar ainda: confira uma resposta primeiro.</translation>
    </message>
    <message>
        <source>The results could not be written to {path}: {reason}. Choose another folder (a USB stick, your home folder).</source>
        <translation>Não foi possível gravar os resultados em {path}: {reason}. Escolha outra pasta (um pen drive, sua pasta pessoal).</translation>
    </message>
    <message>
        <source>{count} attempts saved to {name}.</source>
        <translation>{count} tentativas salvas em {name}.</translation>
    </message>
    <message>
        <source>exercise_results.csv</source>
        <translation>resultados_exercicios.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Código da turma</translation>
    </message>
    <message>
        <source>Problems per topic</source>
        <translation>Problemas por tópico</translation>
    </message>
</context>
<context>
    <name>ExerciseTexts</name>
    <message>
        <source>TP</source>
        <translation>VP</translation>
    </message>
    <message>
        <source>TN</source>
        <translation>VN</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>{topic}  {right}/{attempts}</source>
        <translation>{topic}  {right}/{attempts}</translation>
    </message>
    <message>
        <source>Problem {number} of {count} · level {level} of {top}</source>
        <translation>Problema {number} de {count} · nível {level} de {top}</translation>
    </message>
    <message>
        <source>Right! All eight are right.</source>
        <translation>Certo! As oito respostas estão certas.</translation>
    </message>
    <message>
        <source>Right! {result} is the answer.</source>
        <translation>Certo! A resposta é {result}.</translation>
    </message>
    <message>
        <source>Not quite: {fields} wrong. The worked solution is below.</source>
        <translation>Ainda não: há erro em {fields}. A solução passo a passo está abaixo.</translation>
    </message>
    <message>
        <source>Not quite: the answer is {result}. The worked solution is below.</source>
        <translation>Ainda não: a resposta é {result}. A solução passo a passo está abaixo.</translation>
    </message>
    <message>
        <source>“{topic}” done: {right} of {count} right; you reached level {level} of {top}.</source>
        <translation>“{topic}” concluído: {right} de {count} certos; você chegou ao nível {level} de {top}.</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Próximo tópico</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Próximo problema</translation>
    </message>
</context>
<context>
    <name>ExerciseTopics</name>
    <message>
        <source>Output size</source>
        <translation>Tamanho da saída</translation>
    </message>
    <message>
        <source>Convolution: one cell</source>
        <translation>Convolução: uma célula</translation>
    </message>
    <message>
        <source>Parameters of a layer</source>
        <translation>Parâmetros de uma camada</translation>
    </message>
    <message>
        <source>Pooling: one cell</source>
        <translation>Agrupamento (pooling): uma célula</translation>
    </message>
    <message>
        <source>Backpropagation: one ∂L/∂w</source>
        <translation>Retropropagação: um ∂L/∂w</translation>
    </message>
    <message>
        <source>Metrics of a confusion matrix</source>
        <translation>Métricas de uma matriz de confusão</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <source>Exercises: work it out yourself</source>
        <translation>Exercícios: calcule você mesmo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>as the teacher should read it</source>
        <translation>como o professor deve ler</translation>
    </message>
    <message>
        <source>Written in every row of the exported results.</source>
        <translation>Escrito em cada linha dos resultados exportados.</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Código da turma</translation>
    </message>
    <message>
        <source>The code on the board: everyone with the same code gets the same problems, so answers can be compared. Letters and digits, e.g. K7Q2.</source>
        <translation>O código no quadro: todos com o mesmo código recebem os mesmos problemas, e as respostas podem ser comparadas. Letras e algarismos, por exemplo K7Q2.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Novo código</translation>
    </message>
    <message>
        <source>Draw a new random code (for the teacher): a new set of problems.</source>
        <translation>Sorteia um novo código (para o professor): uma nova lista de problemas.</translation>
    </message>
    <message>
        <source>Problems per topic</source>
        <translation>Problemas por tópico</translation>
    </message>
    <message>
        <source>How many problems each topic of the set has.</source>
        <translation>Quantos problemas cada tópico da lista tem.</translation>
    </message>
    <message>
        <source>Topics (tick the ones in the set)</source>
        <translation>Tópicos (marque os da lista)</translation>
    </message>
    <message>
        <source>Click a topic to work on it; its score is right answers / attempts. Unticked topics are left out when moving to the next topic.</source>
        <translation>Clique em um tópico para praticá-lo; a pontuação é acertos / tentativas. Tópicos desmarcados ficam de fora ao passar para o próximo tópico.</translation>
    </message>
    <message>
        <source>Export results (CSV)…</source>
        <translation>Exportar resultados (CSV)…</translation>
    </message>
    <message>
        <source>Save every attempt (name, code, topic, problem, answer, right or not, time) as a CSV file for the teacher&apos;s spreadsheet.</source>
        <translation>Salva cada tentativa (nome, código, tópico, problema, resposta, certa ou não, hora) em um arquivo CSV para a planilha do professor.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Conferir</translation>
    </message>
    <message>
        <source>Check the answer (Enter).</source>
        <translation>Confere a resposta (Enter).</translation>
    </message>
    <message>
        <source>A new problem of the same kind (Enter); it gets harder after two right answers in a row and easier after two wrong ones.</source>
        <translation>Um novo problema do mesmo tipo (Enter); fica mais difícil depois de dois acertos seguidos e mais fácil depois de dois erros.</translation>
    </message>
</context>
<context>
    <name>FeatureMapPanel</name>
    <message>
        <source>Feature maps need a model; this window has none.</source>
        <translation>Os mapas de características precisam de um modelo; esta janela não tem nenhum.</translation>
    </message>
    <message>
        <source>Loading the digits model…</source>
        <translation>Carregando o modelo de dígitos…</translation>
    </message>
    <message>
        <source>The model in use ({name}) has no convolutional layer: choose a CNN in the Draw tab.</source>
        <translation>O modelo em uso ({name}) não tem camada convolucional: escolha uma CNN na aba Desenhar.</translation>
    </message>
    <message>
        <source>a sample digit (nothing is drawn yet)</source>
        <translation>um dígito de exemplo (nada foi desenhado ainda)</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>o seu desenho</translation>
    </message>
    <message>
        <source>the window is larger than the map</source>
        <translation>a janela é maior que o mapa</translation>
    </message>
    <message>
        <source>of {count} in layer {layer}, for {whose}</source>
        <translation>de {count} na camada {layer}, para {whose}</translation>
    </message>
    <message>
        <source>Window at row {row}, column {col}: max {max}, average {avg}</source>
        <translation>Janela na linha {row}, coluna {col}: máximo {max}, média {avg}</translation>
    </message>
    <message>
        <source>Point at a pooled pixel to outline its window.</source>
        <translation>Aponte para um pixel agrupado para contornar a sua janela.</translation>
    </message>
    <message>
        <source>Feature map</source>
        <translation>Mapa de características</translation>
    </message>
    <message>
        <source>Which of the layer&apos;s feature maps to pool: each comes from a different filter.</source>
        <translation>Qual dos mapas de características da camada agrupar: cada um vem de um filtro diferente.</translation>
    </message>
    <message>
        <source>One colour scale for all three images: black is 0, yellow the map&apos;s strongest activation. Cyan squares: where the max came from, in each window that holds a strong activation (at least a quarter of the strongest).</source>
        <translation>Uma só escala de cores para as três imagens: preto é 0, amarelo a ativação mais forte do mapa. Quadrados ciano: de onde veio o máximo, em cada janela que tem uma ativação forte (pelo menos um quarto da mais forte).</translation>
    </message>
    <message>
        <source>Feature map (input)</source>
        <translation>Mapa de características (entrada)</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Agrupamento máximo (max pooling)</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Agrupamento médio (average pooling)</translation>
    </message>
</context>
<context>
    <name>FgsmView</name>
    <message>
        <source>Waiting for both models and a digit…</source>
        <translation>Aguardando os dois modelos e um dígito…</translation>
    </message>
    <message>
        <source>Computing the gradients…</source>
        <translation>Calculando os gradientes…</translation>
    </message>
    <message>
        <source>The attack could not be computed: {error}</source>
        <translation>Não foi possível calcular o ataque: {error}</translation>
    </message>
    <message>
        <source>ε = {value}</source>
        <translation>ε = {value}</translation>
    </message>
    <message>
        <source>Still reads {label}.</source>
        <translation>Ainda lê {label}.</translation>
    </message>
    <message>
        <source>Fooled: reads {predicted} instead of {label}.</source>
        <translation>Enganado: lê {predicted} em vez de {label}.</translation>
    </message>
    <message>
        <source>The fast gradient sign method (FGSM) moves every pixel by ε in the direction that most raises the model&apos;s error for the true class. A person still reads the same digit (at small ε the change is hard to see at all), yet it can make a network misread it: an adversarial example.</source>
        <translation>O método do sinal do gradiente (FGSM) move cada pixel em ε na direção que mais aumenta o erro do modelo para a classe verdadeira. Uma pessoa ainda lê o mesmo dígito (com ε pequeno, mal se vê a mudança), mas a rede pode lê-lo errado: um exemplo adversarial.</translation>
    </message>
    <message>
        <source>The known defences are data augmentation (training on varied digits) and adversarial training (training on such attacked digits with their true labels).</source>
        <translation>As defesas conhecidas são o aumento de dados (treinar com dígitos variados) e o treinamento adversarial (treinar com dígitos atacados assim, com seus rótulos verdadeiros).</translation>
    </message>
    <message>
        <source>Accuracy against ε, for both models</source>
        <translation>Acurácia em função de ε, para os dois modelos</translation>
    </message>
    <message>
        <source>Perturbation, magnified
(red +ε, blue −ε)</source>
        <translation>Perturbação, ampliada
(vermelho +ε, azul −ε)</translation>
    </message>
    <message>
        <source>What the model receives</source>
        <translation>O que o modelo recebe</translation>
    </message>
</context>
<context>
    <name>FilterGrid</name>
    <message>
        <source>filter {filter}, row {row}, column {col}: red {red}, green {green}, blue {blue}</source>
        <translation>filtro {filter}, linha {row}, coluna {col}: vermelho {red}, verde {green}, azul {blue}</translation>
    </message>
    <message>
        <source>filter {filter}, row {row}, column {col}: {value}</source>
        <translation>filtro {filter}, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>filter {filter}, input channel {channel}, row {row}, column {col}: {value}</source>
        <translation>filtro {filter}, canal de entrada {channel}, linha {row}, coluna {col}: {value}</translation>
    </message>
    <message>
        <source>in {channel}</source>
        <translation>ent. {channel}</translation>
    </message>
</context>
<context>
    <name>FineTunePanel</name>
    <message>
        <source>The model is still loading; try again in a moment.</source>
        <translation>O modelo ainda está carregando; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Your collection has {count} digits; fine-tuning needs at least {minimum}. Add more from the Draw tab — above all the digits the network gets wrong, with the right label.</source>
        <translation>Sua coleção tem {count} dígitos; o ajuste fino precisa de pelo menos {minimum}. Adicione mais na aba Desenhar — sobretudo os dígitos que a rede erra, com o rótulo certo.</translation>
    </message>
    <message>
        <source>All your digits are {label}s; fine-tuning needs at least {minimum} different digits, or the network would learn that every digit is a {label}.</source>
        <translation>Todos os seus dígitos são {label}; o ajuste fino precisa de pelo menos {minimum} dígitos diferentes, senão a rede aprenderia que todo dígito é um {label}.</translation>
    </message>
    <message>
        <source>The model in use does not read digits (28 × 28 in, 10 classes out); choose a digit model first.</source>
        <translation>O modelo em uso não lê dígitos (entrada 28 × 28, saída de 10 classes); escolha antes um modelo de dígitos.</translation>
    </message>
    <message>
        <source>Fine-tuning a copy of the model on {count} digits mixed with MNIST…</source>
        <translation>Ajustando uma cópia do modelo com {count} dígitos misturados ao MNIST…</translation>
    </message>
    <message>
        <source>Stopped. The model in use is unchanged.</source>
        <translation>Interrompido. O modelo em uso não mudou.</translation>
    </message>
    <message>
        <source>Fine-tuning failed: {reason}</source>
        <translation>O ajuste fino falhou: {reason}</translation>
    </message>
    <message>
        <source>On the {count} digits of yours it trained on: {before} → {after}. Optimistic: it may simply have memorised them.</source>
        <translation>Nos {count} dígitos seus com que treinou: {before} → {after}. Otimista: ela pode simplesmente tê-los memorizado.</translation>
    </message>
    <message>
        <source>On {count} digits of yours kept aside (never trained on): {before} → {after}. This is the honest measure.</source>
        <translation>Em {count} dígitos seus deixados de lado (nunca usados no treino): {before} → {after}. Esta é a medida honesta.</translation>
    </message>
    <message>
        <source>With fewer than {minimum} digits none are kept aside, so there is no measure on digits it has not seen.</source>
        <translation>Com menos de {minimum} dígitos nenhum é deixado de lado, então não há medida em dígitos que ela não viu.</translation>
    </message>
    <message>
        <source>On the {count} MNIST test digits (the Evaluation tab&apos;s images): {before} → {after} (it should still read other people&apos;s digits).</source>
        <translation>Nos {count} dígitos de teste do MNIST (as imagens da aba Avaliação): {before} → {after} (ela deve continuar lendo os dígitos de outras pessoas).</translation>
    </message>
    <message>
        <source>Trains a copy of the model in use for a few epochs, with a low learning rate, on your digits mixed with MNIST. The model in use stays as it is until you choose to use the new one. It needs at least {digits} of your digits, of at least {classes} different classes.</source>
        <translation>Treina uma cópia do modelo em uso por algumas épocas, com uma taxa de aprendizado baixa, nos seus dígitos misturados com o MNIST. O modelo em uso continua como está até você escolher usar o novo. São necessários pelo menos {digits} dígitos seus, de pelo menos {classes} classes diferentes.</translation>
    </message>
    <message>
        <source>Could not save the model: {reason}</source>
        <translation>Não foi possível salvar o modelo: {reason}</translation>
    </message>
    <message>
        <source>Saved as {name}; it is now the model in every tab.</source>
        <translation>Salvo como {name}; agora é o modelo de todas as abas.</translation>
    </message>
    <message>
        <source>Fine-tune on my digits</source>
        <translation>Ajuste fino com meus dígitos</translation>
    </message>
    <message>
        <source>Continue training a copy of the current model on your digits, mixed with MNIST so it does not forget everyone else&apos;s.</source>
        <translation>Continua o treino de uma cópia do modelo atual com os seus dígitos, misturados ao MNIST para que ele não esqueça os dos outros.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop after the current batch; the model in use stays unchanged.</source>
        <translation>Para depois do lote atual; o modelo em uso não muda.</translation>
    </message>
    <message>
        <source>Use the fine-tuned model</source>
        <translation>Usar o modelo ajustado</translation>
    </message>
    <message>
        <source>Save the fine-tuned model in the app&apos;s folder and make it the model of every tab.</source>
        <translation>Salva o modelo ajustado na pasta do aplicativo e o torna o modelo de todas as abas.</translation>
    </message>
</context>
<context>
    <name>FiveDetector</name>
    <message>
        <source>The filters are made from the built-in MNIST sample, which cannot be read: {error}</source>
        <translation>Os filtros são feitos a partir do exemplo do MNIST embutido, que não pode ser lido: {error}</translation>
    </message>
    <message>
        <source>max {value}</source>
        <translation>máx {value}</translation>
    </message>
    <message>
        <source>Draw a digit: the detector&apos;s output appears here.</source>
        <translation>Desenhe um dígito: a saída do detector aparece aqui.</translation>
    </message>
    <message>
        <source>Max pooling of the three: {value} (filter {best})</source>
        <translation>Agrupamento máximo dos três: {value} (filtro {best})</translation>
    </message>
    <message>
        <source>Filter {n}</source>
        <translation>Filtro {n}</translation>
    </message>
    <message>
        <source>Filter {n}: 5s leaning {degrees}°</source>
        <translation>Filtro {n}: 5 inclinados {degrees}°</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Epochs:</source>
        <translation>Épocas:</translation>
    </message>
    <message>
        <source>How many times the network goes through every training image; more epochs learn more, until it starts to memorise.</source>
        <translation>Quantas vezes a rede passa por todas as imagens de treino; mais épocas aprendem mais, até que ela comece a decorar.</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Tamanho do lote:</translation>
    </message>
    <message>
        <source>How many images the network looks at before each update of its weights.</source>
        <translation>Quantas imagens a rede vê antes de cada atualização dos seus pesos.</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taxa de aprendizado:</translation>
    </message>
    <message>
        <source>The step α of each update w* = w − α·∂L/∂w.</source>
        <translation>O passo α de cada atualização w* = w − α·∂L/∂w.</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Variação da taxa:</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run: constant (as most Keras code writes it); cosine, gliding down to 5 % of it by the last batch; or one cycle, climbing from 1/25 of it to it over the first 20 % of the batches, then gliding down to 0.</source>
        <translation>Como a taxa de aprendizado muda durante o treino: constante (como a maior parte do código Keras a escreve); cosseno, descendo suavemente até 5 % dela no último lote; ou ciclo único, subindo de 1/25 dela até ela nos primeiros 20 % dos lotes e depois descendo suavemente até 0.</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Otimizador:</translation>
    </message>
    <message>
        <source>How gradients become weight updates: SGD takes the slides&apos; plain step, Adam and RMSprop adapt the step for each weight.</source>
        <translation>Como os gradientes viram atualizações dos pesos: o SGD dá o passo simples dos slides; Adam e RMSprop adaptam o passo para cada peso.</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <source>SGD only: each step keeps this share of the previous one (Nesterov&apos;s momentum), so the weights roll through small bumps; 0.9 is usual, 0 is the plain step.</source>
        <translation>Só no SGD: cada passo guarda esta fração do anterior (momento de Nesterov), e os pesos passam por cima de pequenas irregularidades; 0,9 é o usual, 0 é o passo simples.</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>Decaimento de pesos:</translation>
    </message>
    <message>
        <source>Shrinks every weight a little at each step (by rate × decay × weight), so the network prefers small weights and memorises less; 0 turns it off.</source>
        <translation>Encolhe um pouco cada peso a cada passo (em taxa × decaimento × peso), para que a rede prefira pesos pequenos e decore menos; 0 desliga.</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validação:</translation>
    </message>
    <message>
        <source>The share of training images held out to check, after each epoch, how the network does on images it never trained on.</source>
        <translation>A parte das imagens de treino separada para verificar, após cada época, como a rede se sai em imagens com que nunca treinou.</translation>
    </message>
    <message>
        <source>Augmentation:</source>
        <translation>Aumento de dados:</translation>
    </message>
    <message>
        <source>Tilt, shift, zoom and thicken the training images at random, so the network also reads imperfect drawings.</source>
        <translation>Inclina, desloca, amplia e engrossa as imagens de treino ao acaso, para que a rede também leia desenhos imperfeitos.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semente:</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same starting weights and the same order of images.</source>
        <translation>A semente aleatória: a mesma semente dá os mesmos pesos iniciais e a mesma ordem das imagens.</translation>
    </message>
    <message>
        <source>Training images:</source>
        <translation>Imagens de treino:</translation>
    </message>
    <message>
        <source>Train on at most this many images, picked at random (“all” uses every one): a small number gives a quick run in class.</source>
        <translation>Treina com no máximo esta quantidade de imagens, sorteadas (“todas” usa cada uma): um número pequeno dá um treino rápido em aula.</translation>
    </message>
    <message>
        <source>distort images at random</source>
        <translation>distorcer imagens ao acaso</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosseno</translation>
    </message>
    <message>
        <source>one cycle</source>
        <translation>ciclo único</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Class run: CIFAR-10, ≥ 60 % in ≤ 3 minutes</source>
        <translation>Treino de aula: CIFAR-10, ≥ 60 % em ≤ 3 minutos</translation>
    </message>
    <message>
        <source>Chooses CIFAR-10, the colour CNN and a recipe measured to pass 60 % validation accuracy within 3 minutes on a lab PC: {epochs} epochs, SGD with momentum {momentum}, one cycle up to {rate}, weight decay {decay}, flips and shifts. Then press Start.</source>
        <translation>Escolhe o CIFAR-10, a CNN colorida e uma receita medida para passar de 60 % de acurácia de validação em até 3 minutos num PC do laboratório: {epochs} épocas, SGD com momento {momentum}, ciclo único até {rate}, decaimento de pesos {decay}, espelhamentos e deslocamentos. Depois aperte Iniciar.</translation>
    </message>
    <message>
        <source>One click sets a colour network on CIFAR-10 that reaches about 70 % in 2 epochs; the same network, trained for 40 epochs, is the shipped colour model (86.5 % on the test photos).</source>
        <translation>Um clique prepara uma rede colorida no CIFAR-10 que chega a cerca de 70 % em 2 épocas; a mesma rede, treinada por 40 épocas, é o modelo colorido que vem com o app (86,5 % nas fotos de teste).</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
</context>
<context>
    <name>ImageRepresentationActivity</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
</context>
<context>
    <name>ImageRepresentationLesson</name>
    <message>
        <source>{height} × {width} pixels × 1 channel = {count} numbers</source>
        <translation>{height} × {width} pixels × 1 canal = {count} números</translation>
    </message>
    <message>
        <source>{height} × {width} pixels × 3 channels (R, G, B) = {count} numbers</source>
        <translation>{height} × {width} pixels × 3 canais (R, G, B) = {count} números</translation>
    </message>
    <message>
        <source>This image is grey: it has a single channel, one number per pixel (0 = black, 255 = white). A colour image would have three: R, G and B.</source>
        <translation>Esta imagem é em tons de cinza: tem um único canal, um número por pixel (0 = preto, 255 = branco). Uma imagem colorida teria três: R, G e B.</translation>
    </message>
    <message>
        <source>1 pixel = {size} screen pixels</source>
        <translation>1 pixel = {size} pixels da tela</translation>
    </message>
    <message>
        <source>Row {row}, column {col}</source>
        <translation>Linha {row}, coluna {col}</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>valor {value}</translation>
    </message>
    <message>
        <source>R {red} · G {green} · B {blue}</source>
        <translation>R {red} · G {green} · B {blue}</translation>
    </message>
    <message>
        <source>Point at a pixel to read its numbers.</source>
        <translation>Aponte para um pixel para ler seus números.</translation>
    </message>
    <message>
        <source>Grey = {wr}·R + {wg}·G + {wb}·B</source>
        <translation>Cinza = {wr}·R + {wg}·G + {wb}·B</translation>
    </message>
</context>
<context>
    <name>ImageRepresentationView</name>
    <message>
        <source>Image representation</source>
        <translation>Representação de imagens</translation>
    </message>
    <message>
        <source>To a computer an image is a grid of numbers, one per pixel: 0 is black, 255 is white. A colour image is three such grids — the red, green and blue channels. Zoom in until the numbers appear.</source>
        <translation>Para o computador, uma imagem é uma grade de números, um por pixel: 0 é preto, 255 é branco. Uma imagem colorida são três grades assim — os canais vermelho, verde e azul. Aproxime o zoom até os números aparecerem.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Grey version</source>
        <translation>Versão em tons de cinza</translation>
    </message>
    <message>
        <source>R — red channel</source>
        <translation>R — canal vermelho</translation>
    </message>
    <message>
        <source>G — green channel</source>
        <translation>G — canal verde</translation>
    </message>
    <message>
        <source>B — blue channel</source>
        <translation>B — canal azul</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the numbers</source>
        <translation>Mostrar os números</translation>
    </message>
    <message>
        <source>Tint channels</source>
        <translation>Colorir canais</translation>
    </message>
    <message>
        <source>Mouse wheel or + / − to zoom, drag to move. The views stay on the same pixels.</source>
        <translation>Roda do mouse ou + / − para o zoom, arraste para mover. As vistas ficam nos mesmos pixels.</translation>
    </message>
    <message>
        <source>Zoom in on every view at once.</source>
        <translation>Aproxima o zoom em todas as vistas ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Zoom out on every view at once.</source>
        <translation>Afasta o zoom em todas as vistas ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Show the whole image again.</source>
        <translation>Mostra a imagem inteira de novo.</translation>
    </message>
    <message>
        <source>Zoom in at once until every pixel is big enough to show its numbers.</source>
        <translation>Aproxima o zoom de uma vez até cada pixel ser grande o bastante para mostrar seus números.</translation>
    </message>
    <message>
        <source>Draw each channel from black to its own colour instead of black to white; grey shows the numbers&apos; sizes best, tints show which channel is which.</source>
        <translation>Desenha cada canal do preto até a sua própria cor em vez de preto a branco; o cinza mostra melhor o tamanho dos números, as cores mostram qual canal é qual.</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>No webcam frame yet: send one from the Webcam tab.</source>
        <translation>Ainda não há quadro da webcam: envie um a partir da aba Webcam.</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Abrir uma imagem</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Photo: astronaut (colour)</source>
        <translation>Foto: astronauta (colorida)</translation>
    </message>
    <message>
        <source>Photo: coffee (colour)</source>
        <translation>Foto: café (colorida)</translation>
    </message>
    <message>
        <source>Photo: cat (colour)</source>
        <translation>Foto: gato (colorida)</translation>
    </message>
    <message>
        <source>Photo: cameraman (grey)</source>
        <translation>Foto: cinegrafista (cinza)</translation>
    </message>
    <message>
        <source>Photo: brick wall (grey)</source>
        <translation>Foto: parede de tijolos (cinza)</translation>
    </message>
    <message>
        <source>Photo: coins (grey)</source>
        <translation>Foto: moedas (cinza)</translation>
    </message>
    <message>
        <source>Photo: text (grey)</source>
        <translation>Foto: texto (cinza)</translation>
    </message>
    <message>
        <source>My drawing (Draw tab)</source>
        <translation>Meu desenho (aba Desenhar)</translation>
    </message>
    <message>
        <source>Webcam frame (Webcam tab)</source>
        <translation>Quadro da webcam (aba Webcam)</translation>
    </message>
    <message>
        <source>CIFAR-10: {name} (no. {number})</source>
        <translation>CIFAR-10: {name} (n.º {number})</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Abrir imagem…</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagem:</translation>
    </message>
    <message>
        <source>The picture the lesson works on: a sample photo, your drawing from the Draw tab, or any image file.</source>
        <translation>A imagem com que a lição trabalha: uma foto de exemplo, o seu desenho da aba Desenhar ou qualquer arquivo de imagem.</translation>
    </message>
    <message>
        <source>The previous CIFAR-10 test photo of this class.</source>
        <translation>A foto de teste anterior do CIFAR-10 desta classe.</translation>
    </message>
    <message>
        <source>The next CIFAR-10 test photo of this class.</source>
        <translation>A próxima foto de teste do CIFAR-10 desta classe.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>No image yet</source>
        <translation>Ainda sem imagem</translation>
    </message>
    <message>
        <source>{width} × {height} pixels
{height} rows, {width} columns</source>
        <translation>{width} × {height} pixels
{height} linhas, {width} colunas</translation>
    </message>
</context>
<context>
    <name>InputKind</name>
    <message>
        <source>This model reads colour photos; your digits are grey, so it cannot learn from them. Choose a digit model to fine-tune.</source>
        <translation>Este modelo lê fotos coloridas; seus dígitos são cinza, então ele não consegue aprender com eles. Escolha um modelo de dígitos para o ajuste fino.</translation>
    </message>
    <message>
        <source>this model reads colour photos, and this page studies grey digits. Choose a digit model.</source>
        <translation>este modelo lê fotos coloridas, e esta página estuda dígitos em tons de cinza. Escolha um modelo de dígitos.</translation>
    </message>
    <message>
        <source>This model reads colour photos; the drawing is grey, so its answer would mean nothing (it learned from colours the drawing does not have). Choose a digit model, or use Activations or Webcam → objects with a photo.</source>
        <translation>Este modelo lê fotos coloridas; o desenho é cinza, então a resposta dele não significaria nada (ele aprendeu com cores que o desenho não tem). Escolha um modelo de dígitos, ou use Ativações ou Webcam → objetos com uma foto.</translation>
    </message>
    <message>
        <source>The photo was converted to grey: this model reads grey pictures.</source>
        <translation>A foto foi convertida para tons de cinza: este modelo lê imagens em tons de cinza.</translation>
    </message>
</context>
<context>
    <name>KerasCodePanel</name>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Não foi possível salvar: {reason}</translation>
    </message>
    <message>
        <source>Save the Keras script</source>
        <translation>Salvar o script Keras</translation>
    </message>
    <message>
        <source>train_cnn.py</source>
        <translation>treinar_cnn.py</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Save the notebook</source>
        <translation>Salvar o notebook</translation>
    </message>
    <message>
        <source>train_cnn.ipynb</source>
        <translation>treinar_cnn.ipynb</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Notebooks Jupyter (*.ipynb)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the whole script, to paste it into an editor or a notebook.</source>
        <translation>Copiar o script inteiro, para colar num editor ou num notebook.</translation>
    </message>
    <message>
        <source>Save .py…</source>
        <translation>Salvar .py…</translation>
    </message>
    <message>
        <source>Save the script: it runs with Python, Keras/TensorFlow and NumPy alone.</source>
        <translation>Salvar o script: ele roda só com Python, Keras/TensorFlow e NumPy.</translation>
    </message>
    <message>
        <source>Save .ipynb…</source>
        <translation>Salvar .ipynb…</translation>
    </message>
    <message>
        <source>Save the script as a Jupyter notebook, one cell per step.</source>
        <translation>Salvar o script como notebook Jupyter, uma célula por etapa.</translation>
    </message>
    <message>
        <source>The Keras code that trains this network with these settings; its comments follow the interface language.</source>
        <translation>O código Keras que treina esta rede com estes ajustes; os comentários seguem o idioma da interface.</translation>
    </message>
</context>
<context>
    <name>KernelEditor</name>
    <message>
        <source>Vertical edges in R only</source>
        <translation>Bordas verticais só no R</translation>
    </message>
    <message>
        <source>Vertical edges in every channel</source>
        <translation>Bordas verticais em todos os canais</translation>
    </message>
    <message>
        <source>Horizontal edges in every channel</source>
        <translation>Bordas horizontais em todos os canais</translation>
    </message>
    <message>
        <source>Brightness: 1/27 everywhere</source>
        <translation>Brilho: 1/27 em todos</translation>
    </message>
    <message>
        <source>Red minus green</source>
        <translation>Vermelho menos verde</translation>
    </message>
    <message>
        <source>Blue minus red</source>
        <translation>Azul menos vermelho</translation>
    </message>
    <message>
        <source>Custom (edited)</source>
        <translation>Personalizado (editado)</translation>
    </message>
    <message>
        <source>Filters: 3×3×3 weights each</source>
        <translation>Filtros: 3×3×3 pesos cada</translation>
    </message>
    <message>
        <source>Filter {index}</source>
        <translation>Filtro {index}</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Receita:</translation>
    </message>
    <message>
        <source>Bias:</source>
        <translation>Viés:</translation>
    </message>
    <message>
        <source>R (red)</source>
        <translation>R (vermelho)</translation>
    </message>
    <message>
        <source>G (green)</source>
        <translation>G (verde)</translation>
    </message>
    <message>
        <source>B (blue)</source>
        <translation>B (azul)</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Kernel…</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Zeros</translation>
    </message>
    <message>
        <source>Fill this channel&apos;s 3×3 weights with a named kernel.</source>
        <translation>Preenche os 3×3 pesos deste canal com um kernel conhecido.</translation>
    </message>
    <message>
        <source>Multiply this channel&apos;s weights by −1: a detector of the opposite change.</source>
        <translation>Multiplica os pesos deste canal por −1: um detector da mudança oposta.</translation>
    </message>
    <message>
        <source>Each filter makes one feature map; choose which to edit.</source>
        <translation>Cada filtro produz um mapa de características; escolha qual editar.</translation>
    </message>
    <message>
        <source>Fill all 27 weights of this filter from a recipe of preset kernels.</source>
        <translation>Preenche os 27 pesos deste filtro com uma receita de kernels prontos.</translation>
    </message>
    <message>
        <source>A number added to every output value of this filter, after the 27 products.</source>
        <translation>Um número somado a cada valor de saída deste filtro, depois dos 27 produtos.</translation>
    </message>
    <message>
        <source>This channel&apos;s 3×3 weights: double-click a cell or just type a number.</source>
        <translation>Os 3×3 pesos deste canal: clique duas vezes numa célula ou apenas digite um número.</translation>
    </message>
</context>
<context>
    <name>KernelEditorActivity</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Passo (stride)</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Preenchimento (padding)</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
</context>
<context>
    <name>KernelEditorLesson</name>
    <message>
        <source>Custom (edited)</source>
        <translation>Personalizado (editado)</translation>
    </message>
    <message>
        <source>Your own kernel: every weight is yours to change.</source>
        <translation>Seu próprio kernel: cada peso pode ser alterado por você.</translation>
    </message>
</context>
<context>
    <name>KernelEditorTexts</name>
    <message>
        <source>{share} % of the input&apos;s pixels</source>
        <translation>{share} % dos pixels da entrada</translation>
    </message>
    <message>
        <source>No output</source>
        <translation>Sem saída</translation>
    </message>
    <message>
        <source>Output size = ⌊(n + 2p − k)/s⌋ + 1
rows: {rows}
columns: {cols}</source>
        <translation>Tamanho da saída = ⌊(n + 2p − k)/s⌋ + 1
linhas: {rows}
colunas: {cols}</translation>
    </message>
    <message>
        <source>converted from colour to grey</source>
        <translation>convertida de colorida para cinza</translation>
    </message>
    <message>
        <source>shrunk from {rows} × {cols}</source>
        <translation>reduzida de {rows} × {cols}</translation>
    </message>
    <message>
        <source>{rows} × {cols} pixels</source>
        <translation>{rows} × {cols} pixels</translation>
    </message>
    <message>
        <source>The kernel ({kh}×{kw}) is larger than the padded picture ({ph}×{pw}): use a smaller kernel or add padding.</source>
        <translation>O kernel ({kh}×{kw}) é maior que a imagem com preenchimento ({ph}×{pw}): use um kernel menor ou adicione preenchimento (padding).</translation>
    </message>
    <message>
        <source>ReLU is on: every negative response became 0 (black), so only positive responses remain, from {low} (black) to {high} (white).</source>
        <translation>A ReLU está ligada: toda resposta negativa virou 0 (preto), e só restam as respostas positivas, de {low} (preto) a {high} (branco).</translation>
    </message>
    <message>
        <source>Every response is positive or zero (as with a blur), so the scale is grey, from {low} (black) to {high} (white), like a photo. Input grey levels go from 0 (black) to 1 (white).</source>
        <translation>Toda resposta é positiva ou zero (como num desfoque), por isso a escala é cinza, de {low} (preto) a {high} (branco), como uma foto. Os níveis de cinza da entrada vão de 0 (preto) a 1 (branco).</translation>
    </message>
    <message>
        <source>Every response is negative or zero, so the scale is grey, from {low} (black) to {high} (white). Input grey levels go from 0 (black) to 1 (white).</source>
        <translation>Toda resposta é negativa ou zero, por isso a escala é cinza, de {low} (preto) a {high} (branco). Os níveis de cinza da entrada vão de 0 (preto) a 1 (branco).</translation>
    </message>
    <message>
        <source>Red: positive response; blue: negative; white: zero. The scale is symmetric, from {low} to {high}, so equal strengths get equal colours. Input grey levels go from 0 (black) to 1 (white).</source>
        <translation>Vermelho: resposta positiva; azul: negativa; branco: zero. A escala é simétrica, de {low} a {high}, então intensidades iguais têm cores iguais. Os tons de cinza da entrada vão de 0 (preto) a 1 (branco).</translation>
    </message>
    <message>
        <source>Output row {row}, column {col}: {value} — the kernel covered input rows {top}–{bottom}, columns {left}–{right}</source>
        <translation>Saída, linha {row}, coluna {col}: {value} — o kernel cobriu as linhas {top}–{bottom} e as colunas {left}–{right} da entrada</translation>
    </message>
    <message>
        <source>(partly on the zero padding)</source>
        <translation>(em parte sobre o preenchimento de zeros)</translation>
    </message>
    <message>
        <source>Input row {row}, column {col}: grey level {value}</source>
        <translation>Entrada, linha {row}, coluna {col}: nível de cinza {value}</translation>
    </message>
    <message>
        <source>Point at the output to read a response and see, outlined on the input, the window it came from.</source>
        <translation>Aponte para a saída para ler uma resposta e ver, contornada na entrada, a janela de onde ela veio.</translation>
    </message>
</context>
<context>
    <name>KernelEditorView</name>
    <message>
        <source>Filters and edge detection</source>
        <translation>Filtros e detecção de bordas</translation>
    </message>
    <message>
        <source>The kernel slides over the grey picture; at each position the pixels under it are multiplied by its weights and added. Edit any weight or choose a preset: the response (the feature map) is redrawn at once.</source>
        <translation>O kernel desliza sobre a imagem em cinza; em cada posição, os pixels sob ele são multiplicados pelos seus pesos e somados. Edite qualquer peso ou escolha um kernel pronto: a resposta (o mapa de características) é redesenhada na hora.</translation>
    </message>
    <message>
        <source>Kernel (filter)</source>
        <translation>Kernel (filtro)</translation>
    </message>
    <message>
        <source>Stride, padding and activation</source>
        <translation>Passo (stride), preenchimento (padding) e ativação</translation>
    </message>
    <message>
        <source>Input (grey)</source>
        <translation>Entrada (cinza)</translation>
    </message>
    <message>
        <source>Output (feature map)</source>
        <translation>Saída (mapa de características)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>Stride (s):</source>
        <translation>Passo — stride (s):</translation>
    </message>
    <message>
        <source>Padding (p):</source>
        <translation>Preenchimento — padding (p):</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>ReLU: negative responses become 0</source>
        <translation>ReLU: respostas negativas viram 0</translation>
    </message>
    <message>
        <source>Ready-made kernels: the deck&apos;s vertical and horizontal edge detectors and other classic image filters.</source>
        <translation>Kernels prontos: os detectores de bordas verticais e horizontais dos slides e outros filtros de imagem clássicos.</translation>
    </message>
    <message>
        <source>The kernel&apos;s weights: click a cell and type a number to change one.</source>
        <translation>Os pesos do kernel: clique numa célula e digite um número para mudar um deles.</translation>
    </message>
    <message>
        <source>Rows of the kernel (k), from 1 to 7.</source>
        <translation>Linhas do kernel (k), de 1 a 7.</translation>
    </message>
    <message>
        <source>Columns of the kernel (k), from 1 to 7.</source>
        <translation>Colunas do kernel (k), de 1 a 7.</translation>
    </message>
    <message>
        <source>How many pixels the kernel moves at each step: a larger stride gives a smaller output.</source>
        <translation>Quantos pixels o kernel anda a cada passo: um passo (stride) maior dá uma saída menor.</translation>
    </message>
    <message>
        <source>Rings of zeros added around the picture, to keep the output larger and the borders&apos; information.</source>
        <translation>Anéis de zeros adicionados em volta da imagem, para manter a saída maior e a informação das bordas.</translation>
    </message>
    <message>
        <source>No padding (Keras padding=&quot;valid&quot;).</source>
        <translation>Sem preenchimento (Keras padding=&quot;valid&quot;).</translation>
    </message>
    <message>
        <source>Keep just enough padding for an output of ⌈n/s⌉ pixels (Keras padding=&quot;same&quot;), even when the kernel or the stride change.</source>
        <translation>Mantém o preenchimento exato para uma saída de ⌈n/s⌉ pixels (Keras padding=&quot;same&quot;), mesmo quando o kernel ou o passo mudam.</translation>
    </message>
    <message>
        <source>Apply the ReLU activation, max(0, x), as a Conv2D layer with activation=&quot;relu&quot; does.</source>
        <translation>Aplica a ativação ReLU, max(0, x), como faz uma camada Conv2D com activation=&quot;relu&quot;.</translation>
    </message>
</context>
<context>
    <name>LabSession</name>
    <message>
        <source>class {index}</source>
        <translation>classe {index}</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded. Press “Try again” in the status bar; the model loads as soon as TensorFlow does.</source>
        <translation>Não foi possível carregar o TensorFlow. Clique em “Tentar de novo” na barra de status; o modelo será carregado assim que o TensorFlow for.</translation>
    </message>
</context>
<context>
    <name>LayerList</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>{count} parameters in all</source>
        <translation>{count} parâmetros ao todo</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Click a layer to see its output for the current input. “Output” is height × width × channels (feature maps).</source>
        <translation>Clique numa camada para ver a saída dela para a entrada atual. “Saída” é altura × largura × canais (mapas de características).</translation>
    </message>
</context>
<context>
    <name>LayerRows</name>
    <message>
        <source>The output layer: one probability per class of the data, so its size follows the Data step.</source>
        <translation>A camada de saída: uma probabilidade por classe dos dados, por isso o tamanho dela acompanha a etapa Dados.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>saída</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TensorFlow {version} ready</source>
        <translation>TensorFlow {version} pronto</translation>
    </message>
    <message>
        <source>Loading TensorFlow in the background…</source>
        <translation>Carregando o TensorFlow em segundo plano…</translation>
    </message>
    <message>
        <source>CNN Lab — convolutional networks, step by step</source>
        <translation>CNN Lab — redes convolucionais, passo a passo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Restore defaults…</source>
        <translation>&amp;Restaurar padrões…</translation>
    </message>
    <message>
        <source>Forget every remembered choice: window, language, model, data and training settings.</source>
        <translation>Esquecer todas as escolhas lembradas: janela, idioma, modelo, dados e ajustes de treinamento.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Load TensorFlow again in the background.</source>
        <translation>Carrega o TensorFlow de novo, em segundo plano.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What Python reported when loading TensorFlow.</source>
        <translation>O que o Python informou ao carregar o TensorFlow.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atal&amp;hos de teclado</translation>
    </message>
    <message>
        <source>&amp;About CNN Lab</source>
        <translation>&amp;Sobre o CNN Lab</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>1. Convolution</source>
        <translation>1. Convolução</translation>
    </message>
    <message>
        <source>3. 3D convolution</source>
        <translation>3. Convolução 3D</translation>
    </message>
    <message>
        <source>7. Max pooling</source>
        <translation>7. Max pooling</translation>
    </message>
    <message>
        <source>9. Exercises</source>
        <translation>9. Exercícios</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustez</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>Meus dígitos</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Forget every remembered choice (window size, language, model, data and training settings) and go back to the defaults? Your saved models, drawings and digits are not touched.</source>
        <translation>Esquecer todas as escolhas lembradas (tamanho da janela, idioma, modelo, dados e ajustes de treinamento) e voltar aos padrões? Seus modelos salvos, desenhos e dígitos não são tocados.</translation>
    </message>
    <message>
        <source>Defaults restored.</source>
        <translation>Padrões restaurados.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so CNN Lab started with the defaults. The damaged file was kept as {path}.</source>
        <translation>O arquivo de configurações não pôde ser lido, então o CNN Lab começou com os padrões. O arquivo danificado foi guardado como {path}.</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>Configurações redefinidas</translation>
    </message>
    <message>
        <source>4. MLP × CNN</source>
        <translation>4. MLP × CNN</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded, so no model can run yet.</source>
        <translation>Não foi possível carregar o TensorFlow; por isso, nenhum modelo pode ser executado ainda.</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded</source>
        <translation>Não foi possível carregar o TensorFlow</translation>
    </message>
    <message>
        <source>Python reported this while loading TensorFlow. “Try again” loads it once more; if it keeps failing, reinstalling CNN Lab (./lab start) usually mends it.</source>
        <translation>O Python informou isto ao carregar o TensorFlow. “Tentar de novo” carrega mais uma vez; se continuar falhando, reinstalar o CNN Lab (./lab start) costuma resolver.</translation>
    </message>
    <message>
        <source>TensorFlow {version} loaded in {seconds} s</source>
        <translation>TensorFlow {version} carregado em {seconds} s</translation>
    </message>
    <message>
        <source>2. Images</source>
        <translation>2. Imagens</translation>
    </message>
    <message>
        <source>5. Filters and edges</source>
        <translation>5. Filtros e bordas</translation>
    </message>
    <message>
        <source>6. Pooling</source>
        <translation>6. Pooling</translation>
    </message>
    <message>
        <source>8. Backpropagation</source>
        <translation>8. Retropropagação</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Desenhar</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Ativações</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>CNN Lab manual</source>
        <translation>Manual do CNN Lab</translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message>
        <source>“{text}” is not a number: the cell keeps {old}.</source>
        <translation>“{text}” não é um número: a célula continua com {old}.</translation>
    </message>
    <message>
        <source>A cell cannot be empty: the cell keeps {old}.</source>
        <translation>Uma célula não pode ficar vazia: ela continua com {old}.</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Rows: true class · columns: predicted class (class numbers in grey)</source>
        <translation>Linhas: classe verdadeira · colunas: classe prevista (números das classes em cinza)</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>VP</translation>
    </message>
    <message>
        <source>TN</source>
        <translation>VN</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <source>Positive class: &lt;b&gt;{positive}&lt;/b&gt;&lt;br&gt;Its row and column are coloured.</source>
        <translation>Classe positiva: &lt;b&gt;{positive}&lt;/b&gt;&lt;br&gt;Sua linha e sua coluna estão coloridas.</translation>
    </message>
</context>
<context>
    <name>MlpVsCnnActivity</name>
    <message>
        <source>Input size</source>
        <translation>Tamanho da entrada</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Tamanho do kernel</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Viés</translation>
    </message>
    <message>
        <source>Neurons of the fully connected layer</source>
        <translation>Neurônios da camada totalmente conectada</translation>
    </message>
    <message>
        <source>Moving the digit</source>
        <translation>Mover o dígito</translation>
    </message>
</context>
<context>
    <name>MlpVsCnnLesson</name>
    <message>
        <source>MLP × CNN</source>
        <translation>MLP × CNN</translation>
    </message>
    <message>
        <source>Parameter calculator</source>
        <translation>Calculadora de parâmetros</translation>
    </message>
    <message>
        <source>Trained networks: moving the digit</source>
        <translation>Redes treinadas: deslocando o dígito</translation>
    </message>
    <message>
        <source>Count the weights of a fully connected, a locally connected and a convolutional layer for the same image</source>
        <translation>Conta os pesos de uma camada totalmente conectada, de uma localmente conectada e de uma convolucional para a mesma imagem</translation>
    </message>
    <message>
        <source>Compare a trained MLP and a trained CNN of about the same size on a moved digit</source>
        <translation>Compara uma MLP e uma CNN treinadas, de tamanho parecido, num dígito deslocado</translation>
    </message>
</context>
<context>
    <name>ModelBuilder</name>
    <message>
        <source>Wait: the network is being loaded…</source>
        <translation>Aguarde: a rede está sendo carregada…</translation>
    </message>
    <message>
        <source>The network does not end in one score per class.</source>
        <translation>A rede não termina com uma pontuação por classe.</translation>
    </message>
    <message>
        <source>Layer {number}: {problem}</source>
        <translation>Camada {number}: {problem}</translation>
    </message>
    <message>
        <source>Course CNN</source>
        <translation>CNN do curso</translation>
    </message>
    <message>
        <source>Default CNN</source>
        <translation>CNN padrão</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <source>Colour CNN</source>
        <translation>CNN colorida</translation>
    </message>
    <message>
        <source>Empty network</source>
        <translation>Rede vazia</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>Minha rede</translation>
    </message>
    <message>
        <source>Course CNN (slide 27)</source>
        <translation>CNN do curso (slide 27)</translation>
    </message>
    <message>
        <source>Default CNN (two convolution blocks)</source>
        <translation>CNN padrão (dois blocos de convolução)</translation>
    </message>
    <message>
        <source>MLP (fully connected)</source>
        <translation>MLP (totalmente conectada)</translation>
    </message>
    <message>
        <source>LeNet-5 (LeCun, 1998)</source>
        <translation>LeNet-5 (LeCun, 1998)</translation>
    </message>
    <message>
        <source>Colour CNN (for colour photos, CIFAR-10)</source>
        <translation>CNN colorida (para fotos coloridas, CIFAR-10)</translation>
    </message>
    <message>
        <source>Empty (only the output layer)</source>
        <translation>Vazia (só a camada de saída)</translation>
    </message>
    <message>
        <source>My network (edited)</source>
        <translation>Minha rede (editada)</translation>
    </message>
    <message>
        <source>Open a .keras or .json file…</source>
        <translation>Abrir um arquivo .keras ou .json…</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Rede:</translation>
    </message>
    <message>
        <source>Start from a ready network and change it, or open a file: a Keras architecture (.json) or a saved model (.keras) that can keep learning from where it stopped.</source>
        <translation>Parta de uma rede pronta e altere-a, ou abra um arquivo: uma arquitetura Keras (.json) ou um modelo salvo (.keras), que pode continuar aprendendo de onde parou.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Save these layers as a Keras architecture (.json), the format of model.to_json(); Keras and this builder open it.</source>
        <translation>Salvar estas camadas como arquitetura Keras (.json), o formato de model.to_json(); o Keras e este construtor a abrem.</translation>
    </message>
    <message>
        <source>+ Layer</source>
        <translation>+ Camada</translation>
    </message>
    <message>
        <source>Add a layer after the selected one.</source>
        <translation>Acrescentar uma camada depois da selecionada.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected layer (Ctrl+D).</source>
        <translation>Duplicar a camada selecionada (Ctrl+D).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected layer (Delete).</source>
        <translation>Remover a camada selecionada (Delete).</translation>
    </message>
    <message>
        <source>Move the layer up (Alt+Up); rows can be dragged too.</source>
        <translation>Subir a camada (Alt+↑); as linhas também podem ser arrastadas.</translation>
    </message>
    <message>
        <source>Move the layer down (Alt+Down).</source>
        <translation>Descer a camada (Alt+↓).</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z).</source>
        <translation>Desfazer a última mudança (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ModelPair</name>
    <message>
        <source>CNN (default)</source>
        <translation>CNN (padrão)</translation>
    </message>
    <message>
        <source>Course CNN</source>
        <translation>CNN do curso</translation>
    </message>
    <message>
        <source>MLP (fully connected)</source>
        <translation>MLP (totalmente conectada)</translation>
    </message>
    <message>
        <source>Fashion-MNIST CNN (clothing)</source>
        <translation>CNN Fashion-MNIST (roupas)</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded.</source>
        <translation>Não foi possível carregar o TensorFlow.</translation>
    </message>
    <message>
        <source>the file is no longer there.</source>
        <translation>o arquivo não está mais lá.</translation>
    </message>
    <message>
        <source>it is not a Keras model file (.keras); it may be damaged or of another kind.</source>
        <translation>não é um arquivo de modelo Keras (.keras); pode estar danificado ou ser de outro tipo.</translation>
    </message>
    <message>
        <source>this file was saved by another version of Keras or uses a layer this version does not know.</source>
        <translation>este arquivo foi salvo por outra versão do Keras ou usa uma camada que esta versão não conhece.</translation>
    </message>
    <message>
        <source>it is not an image classifier this app can use.</source>
        <translation>não é um classificador de imagens que este aplicativo possa usar.</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>Could not use {file}: {reason}</source>
        <translation>Não foi possível usar {file}: {reason}</translation>
    </message>
    <message>
        <source>Still using {model}.</source>
        <translation>Continua em uso: {model}.</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Digits — CNN (default)</source>
        <translation>Dígitos — CNN (padrão)</translation>
    </message>
    <message>
        <source>Digits — course CNN</source>
        <translation>Dígitos — CNN do curso</translation>
    </message>
    <message>
        <source>Digits — MLP (fully connected)</source>
        <translation>Dígitos — MLP (totalmente conectada)</translation>
    </message>
    <message>
        <source>Clothing — Fashion-MNIST CNN</source>
        <translation>Roupas — CNN Fashion-MNIST</translation>
    </message>
    <message>
        <source>Colour photos — CIFAR-10 CNN</source>
        <translation>Fotos coloridas — CNN CIFAR-10</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>Abrir modelo…</translation>
    </message>
    <message>
        <source>This model came without a card, so the names of its {count} classes are unknown: they are shown as class 0, class 1, … Name them with “Name the classes”.</source>
        <translation>Este modelo veio sem ficha, então os nomes das suas {count} classes são desconhecidos: aparecem como classe 0, classe 1, … Dê nomes a elas em “Nomear as classes”.</translation>
    </message>
    <message>
        <source>Class names, one per line</source>
        <translation>Nomes das classes, um por linha</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>{file} has {found} names, but the model has {count} classes.</source>
        <translation>{file} tem {found} nomes, mas o modelo tem {count} classes.</translation>
    </message>
    <message>
        <source>{file} could not be read as text.</source>
        <translation>Não foi possível ler {file} como texto.</translation>
    </message>
    <message>
        <source>Open a Keras model</source>
        <translation>Abrir um modelo Keras</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Modelos Keras (*.keras)</translation>
    </message>
    <message>
        <source>Could not use the model {file}: {reason}</source>
        <translation>Não foi possível usar o modelo {file}: {reason}</translation>
    </message>
    <message>
        <source>Still using {model}.</source>
        <translation>Continua em uso: {model}.</translation>
    </message>
    <message>
        <source>TensorFlow could not be loaded. Press “Try again” in the status bar; the model loads as soon as TensorFlow does.</source>
        <translation>Não foi possível carregar o TensorFlow. Clique em “Tentar de novo” na barra de status; o modelo será carregado assim que o TensorFlow for.</translation>
    </message>
    <message>
        <source>the file is no longer there.</source>
        <translation>o arquivo não está mais lá.</translation>
    </message>
    <message>
        <source>it is not a Keras model file (.keras); it may be damaged or of another kind.</source>
        <translation>não é um arquivo de modelo do Keras (.keras); pode estar danificado ou ser de outro tipo.</translation>
    </message>
    <message>
        <source>this file was saved by another version of Keras or uses a layer this version does not know.</source>
        <translation>este arquivo foi salvo por outra versão do Keras ou usa uma camada que esta versão não conhece.</translation>
    </message>
    <message>
        <source>it is not an image classifier this app can use (one image in, one score per class out).</source>
        <translation>não é um classificador de imagens que este aplicativo possa usar (uma imagem na entrada, uma pontuação por classe na saída).</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>não foi possível ler o arquivo.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Carregando modelo…</translation>
    </message>
    <message>
        <source>The trained network that reads the input. The shipped models were trained on MNIST (digits), Fashion-MNIST (clothing) or CIFAR-10 (colour photos: it cannot read a grey drawing); “Open model…” loads any Keras image classifier.</source>
        <translation>A rede treinada que lê a entrada. Os modelos que acompanham o app foram treinados com MNIST (dígitos), Fashion-MNIST (roupas) ou CIFAR-10 (fotos coloridas: ele não lê um desenho em tons de cinza); “Abrir modelo…” carrega qualquer classificador de imagens Keras.</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo padrão</translation>
    </message>
    <message>
        <source>Go back to the model that ships with CNN Lab: {model}</source>
        <translation>Voltar ao modelo que vem com o CNN Lab: {model}</translation>
    </message>
    <message>
        <source>Name the classes</source>
        <translation>Nomear as classes</translation>
    </message>
    <message>
        <source>Give this model&apos;s classes names: a known list, or a text file with one name per line (remembered for this file).</source>
        <translation>Dê nomes às classes deste modelo: uma lista conhecida ou um arquivo de texto com um nome por linha (lembrado para este arquivo).</translation>
    </message>
    <message>
        <source>MNIST digits (0–9)</source>
        <translation>Dígitos MNIST (0–9)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothing)</source>
        <translation>Fashion-MNIST (roupas)</translation>
    </message>
    <message>
        <source>CIFAR-10 (vehicles and animals)</source>
        <translation>CIFAR-10 (veículos e animais)</translation>
    </message>
    <message>
        <source>From a text file (one name per line)…</source>
        <translation>De um arquivo de texto (um nome por linha)…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What the Keras library said, for whoever made the file</source>
        <translation>O que a biblioteca Keras disse, para quem criou o arquivo</translation>
    </message>
</context>
<context>
    <name>MyDigitsTab</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>{count} file(s) could not be read (damaged, or not images) and were skipped: {names}{more}. They are in {folder}.</source>
        <translation>{count} arquivo(s) não puderam ser lidos (danificados, ou não são imagens) e foram ignorados: {names}{more}. Eles estão em {folder}.</translation>
    </message>
    <message>
        <source>Could not delete: {reason}</source>
        <translation>Não foi possível excluir: {reason}</translation>
    </message>
    <message>
        <source>Deleted {count} digit(s).</source>
        <translation>{count} dígito(s) excluído(s).</translation>
    </message>
    <message>
        <source>Put back {count} digit(s).</source>
        <translation>{count} dígito(s) devolvido(s).</translation>
    </message>
    <message>
        <source>Could not change the label: {reason}</source>
        <translation>Não foi possível mudar o rótulo: {reason}</translation>
    </message>
    <message>
        <source>Labelled {count} digit(s) as {digit}.</source>
        <translation>{count} dígito(s) rotulado(s) como {digit}.</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>Não foi possível exportar para {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported {count} digits to {path}.</source>
        <translation>{count} dígitos exportados para {path}.</translation>
    </message>
    <message>
        <source>Could not import: {reason}</source>
        <translation>Não foi possível importar: {reason}</translation>
    </message>
    <message>
        <source>Imported {added} digits ({same} were already here).</source>
        <translation>{added} dígitos importados ({same} já estavam aqui).</translation>
    </message>
    <message>
        <source>{count} file(s) could not be read and were skipped: {names}.</source>
        <translation>{count} arquivo(s) não puderam ser lidos e foram ignorados: {names}.</translation>
    </message>
    <message>
        <source>No digits found in {path}: digits must be in folders named 0 to 9.</source>
        <translation>Nenhum dígito encontrado em {path}: os dígitos devem estar em pastas chamadas 0 a 9.</translation>
    </message>
    <message>
        <source>Export my digits</source>
        <translation>Exportar meus dígitos</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Export my digits into</source>
        <translation>Exportar meus dígitos para</translation>
    </message>
    <message>
        <source>Import digits</source>
        <translation>Importar dígitos</translation>
    </message>
    <message>
        <source>Import digits from</source>
        <translation>Importar dígitos de</translation>
    </message>
    <message>
        <source>My digits</source>
        <translation>Meus dígitos</translation>
    </message>
    <message>
        <source>Digits you added with “Add to my digits” in the Draw tab, as the network reads them. Click a count to see one digit only. Select digits, then press Delete to remove them or 0–9 to correct their label.</source>
        <translation>Os dígitos que você adicionou com “Adicionar aos meus dígitos” na aba Desenhar, como a rede os lê. Clique numa contagem para ver um só dígito. Selecione dígitos e tecle Delete para removê-los ou 0–9 para corrigir o rótulo.</translation>
    </message>
    <message>
        <source>Your digits as the network reads them (28 × 28). Select some, then press Delete to remove them or 0–9 to correct their label.</source>
        <translation>Os seus dígitos como a rede os lê (28 × 28). Selecione alguns e tecle Delete para removê-los ou 0–9 para corrigir o rótulo.</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Excluir selecionados</translation>
    </message>
    <message>
        <source>Remove the selected digits from the collection (the Delete key does the same).</source>
        <translation>Remove da coleção os dígitos selecionados (a tecla Delete faz o mesmo).</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>Put back the digits deleted last.</source>
        <translation>Devolve os últimos dígitos excluídos.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save all your digits as a zip file or into a folder with one sub-folder per digit.</source>
        <translation>Salva todos os seus dígitos num arquivo zip ou numa pasta com uma subpasta por dígito.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add digits from a zip file or a folder with sub-folders named 0 to 9.</source>
        <translation>Adiciona dígitos de um arquivo zip ou de uma pasta com subpastas chamadas 0 a 9.</translation>
    </message>
    <message>
        <source>As a zip file…</source>
        <translation>Como arquivo zip…</translation>
    </message>
    <message>
        <source>Into a folder…</source>
        <translation>Numa pasta…</translation>
    </message>
    <message>
        <source>From a zip file…</source>
        <translation>De um arquivo zip…</translation>
    </message>
    <message>
        <source>From a folder…</source>
        <translation>De uma pasta…</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Input image</source>
        <translation>Imagem de entrada</translation>
    </message>
</context>
<context>
    <name>NoCameraPage</name>
    <message>
        <source>No camera found.

You can still use this tab: take a photo of a plane, a car, a bird, a cat… with a phone, and open it here with &quot;Open video or image…&quot;. The square in its middle is read just as from a camera.

Plugged in a webcam? Click &quot;Look again&quot;.</source>
        <translation>Nenhuma câmera encontrada.

Você ainda pode usar esta aba: tire com o celular uma foto de um avião, um carro, um pássaro, um gato… e abra aqui com &quot;Abrir vídeo ou imagem…&quot;. O quadrado no meio dela é lido como se viesse de uma câmera.

Conectou uma webcam? Clique em &quot;Procurar de novo&quot;.</translation>
    </message>
    <message>
        <source>No camera found.

You can still use this tab: write a few digits on paper, take a photo or a short video of them with a phone, and open it here with &quot;Open video or image…&quot;. The digits are found and read just as from a camera.

Plugged in a webcam? Click &quot;Look again&quot;.</source>
        <translation>Nenhuma câmera encontrada.

Você ainda pode usar esta aba: escreva alguns dígitos no papel, tire uma foto ou grave um vídeo curto deles com o celular e abra aqui com &quot;Abrir vídeo ou imagem…&quot;. Os dígitos são encontrados e lidos como se viessem de uma câmera.

Conectou uma webcam? Clique em &quot;Procurar de novo&quot;.</translation>
    </message>
    <message>
        <source>Open video or image…</source>
        <translation>Abrir vídeo ou imagem…</translation>
    </message>
    <message>
        <source>Read a video file or a photo of digits on paper instead of a camera.</source>
        <translation>Lê um arquivo de vídeo ou uma foto de dígitos no papel em vez de uma câmera.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Procurar de novo</translation>
    </message>
    <message>
        <source>Search this computer for cameras again.</source>
        <translation>Procura câmeras neste computador outra vez.</translation>
    </message>
</context>
<context>
    <name>ObjectPanel</name>
    <message>
        <source>{label} · {percent} %</source>
        <translation>{label} · {percent} %</translation>
    </message>
    <message>
        <source>Loading the colour model…</source>
        <translation>Carregando o modelo colorido…</translation>
    </message>
    <message>
        <source>The colour model could not be loaded.</source>
        <translation>Não foi possível carregar o modelo colorido.</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>O que o modelo vê</translation>
    </message>
    <message>
        <source>centre square</source>
        <translation>quadrado central</translation>
    </message>
    <message>
        <source>32 × 32, as the model reads it</source>
        <translation>32 × 32, como o modelo o lê</translation>
    </message>
    <message>
        <source>The square in the middle of the picture: hold the object there, filling it.</source>
        <translation>O quadrado no meio da imagem: segure o objeto ali, preenchendo-o.</translation>
    </message>
    <message>
        <source>The same square shrunk to 32 × 32 pixels, the size of every photo the model learned from.</source>
        <translation>O mesmo quadrado reduzido a 32 × 32 pixels, o tamanho de todas as fotos com que o modelo aprendeu.</translation>
    </message>
</context>
<context>
    <name>OcclusionView</name>
    <message>
        <source>Waiting for both models and a digit…</source>
        <translation>Aguardando os dois modelos e um dígito…</translation>
    </message>
    <message>
        <source>Computing the occlusion maps…</source>
        <translation>Calculando os mapas de oclusão…</translation>
    </message>
    <message>
        <source>The occlusion map could not be computed: {error}</source>
        <translation>Não foi possível calcular o mapa de oclusão: {error}</translation>
    </message>
    <message>
        <source>Largest drop of P({target}): {drop} points, with the patch over rows {top}–{bottom} and columns {left}–{right}.</source>
        <translation>Maior queda de P({target}): {drop} pontos, com o bloco sobre as linhas {top}–{bottom} e as colunas {left}–{right}.</translation>
    </message>
    <message>
        <source>Class studied: {label}, the digit&apos;s true class.</source>
        <translation>Classe estudada: {label}, a classe verdadeira do dígito.</translation>
    </message>
    <message>
        <source>The digit&apos;s true class is not known, so each map studies its model&apos;s top class ({classes}).</source>
        <translation>A classe verdadeira do dígito não é conhecida; por isso cada mapa estuda a classe mais provável do seu modelo ({classes}).</translation>
    </message>
    <message>
        <source>A black patch hides one square of the digit at a time; the colour of each square is how much the probability of the true class drops when it is hidden. Hot regions are where the model looks: a second “where does it look” to set beside Grad-CAM in the Activations tab, made from the answers alone.</source>
        <translation>Um bloco preto esconde um quadrado do dígito de cada vez; a cor de cada quadrado é quanto a probabilidade da classe verdadeira cai quando ele é escondido. As regiões quentes são onde o modelo olha: um segundo “onde ele olha”, para pôr ao lado do Grad-CAM da aba Ativações, feito só a partir das respostas.</translation>
    </message>
    <message>
        <source>Patch size (pixels):</source>
        <translation>Tamanho do bloco (pixels):</translation>
    </message>
    <message>
        <source>Stride (pixels):</source>
        <translation>Passo (stride) (pixels):</translation>
    </message>
</context>
<context>
    <name>OutputSizeView</name>
    <message>
        <source>The first {shown} of {total} cells across (padded)</source>
        <translation>As primeiras {shown} de {total} células (com preenchimento)</translation>
    </message>
    <message>
        <source>The padded input</source>
        <translation>A entrada com preenchimento</translation>
    </message>
    <message>
        <source>n = {n} (input)
k = {k} (kernel)
p = {p} (padding, grey)
s = {s} (stride)

yellow: the first window
blue: the window one stride on</source>
        <translation>n = {n} (entrada)
k = {k} (kernel)
p = {p} (preenchimento, cinza)
s = {s} (passo)

amarelo: a primeira janela
azul: a janela um passo adiante</translation>
    </message>
</context>
<context>
    <name>ParameterCalculator</name>
    <message>
        <source>positions · (k·k·C·d + d)</source>
        <translation>posições · (k·k·C·d + d)</translation>
    </message>
    <message>
        <source>positions · k·k·C·d</source>
        <translation>posições · k·k·C·d</translation>
    </message>
    <message>
        <source>{rows}·{cols} = {positions} positions of the window, each with its own weights</source>
        <translation>{rows}·{cols} = {positions} posições da janela, cada uma com seus próprios pesos</translation>
    </message>
    <message>
        <source>d = {d} filters of l = k·k·C = {k}·{k}·{channels} = {l} weights, shared by all positions</source>
        <translation>d = {d} filtros de l = k·k·C = {k}·{k}·{channels} = {l} pesos, compartilhados por todas as posições</translation>
    </message>
    <message>
        <source>n = H·W·C = {h}·{w}·{c} = {n} inputs; </source>
        <translation>n = H·W·C = {h}·{w}·{c} = {n} entradas; </translation>
    </message>
    <message>
        <source>m = {units} neurons, one per filter</source>
        <translation>m = {units} neurônios, um por filtro</translation>
    </message>
    <message>
        <source>as many neurons</source>
        <translation>o mesmo número de neurônios</translation>
    </message>
    <message>
        <source>m = {rows}·{cols}·{d} = {units} neurons, one per output of the convolution</source>
        <translation>m = {rows}·{cols}·{d} = {units} neurônios, um por saída da convolução</translation>
    </message>
    <message>
        <source>Fully connected (MLP): every neuron sees every pixel, n² parameters. Locally connected: local regions, no sharing. Convolutional (CNN): local regions and shared weights, d·l parameters (d filters, l weights each). No padding, stride 1.</source>
        <translation>Totalmente conectada (MLP): cada neurônio recebe todos os pixels, n² parâmetros. Localmente conectada: regiões locais, sem compartilhamento. Convolucional (CNN): regiões locais e pesos compartilhados, d·l parâmetros (d filtros de l pesos). Sem padding, stride 1.</translation>
    </message>
    <message>
        <source>Input H × W × C:</source>
        <translation>Entrada H × W × C:</translation>
    </message>
    <message>
        <source>Kernel k:</source>
        <translation>Kernel k:</translation>
    </message>
    <message>
        <source>Filters d:</source>
        <translation>Filtros d:</translation>
    </message>
    <message>
        <source>Fully connected neurons:</source>
        <translation>Neurônios da MLP:</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Viés</translation>
    </message>
    <message>
        <source>Fully connected (MLP)</source>
        <translation>Totalmente conectada (MLP)</translation>
    </message>
    <message>
        <source>Locally connected</source>
        <translation>Localmente conectada</translation>
    </message>
    <message>
        <source>Convolutional (CNN)</source>
        <translation>Convolucional (CNN)</translation>
    </message>
    <message>
        <source>Fully connected</source>
        <translation>Totalmente conectada</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>Convolucional</translation>
    </message>
    <message>
        <source>one per filter (d)</source>
        <translation>um por filtro (d)</translation>
    </message>
    <message>
        <source>as many as inputs (n²)</source>
        <translation>tantos quanto as entradas (n²)</translation>
    </message>
    <message>
        <source>one per convolution output</source>
        <translation>um por saída da convolução</translation>
    </message>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>Height of the input image in pixels (H)</source>
        <translation>Altura da imagem de entrada em pixels (H)</translation>
    </message>
    <message>
        <source>Width of the input image in pixels (W)</source>
        <translation>Largura da imagem de entrada em pixels (W)</translation>
    </message>
    <message>
        <source>Channels of the input: 1 for grey, 3 for RGB (C)</source>
        <translation>Canais da entrada: 1 para cinza, 3 para RGB (C)</translation>
    </message>
    <message>
        <source>Side of the square kernel, k × k; it cannot be larger than the image</source>
        <translation>Lado do kernel quadrado, k × k; não pode ser maior que a imagem</translation>
    </message>
    <message>
        <source>Number of filters d (and of neurons of the fully connected layer, when it has one per filter)</source>
        <translation>Número de filtros d (e de neurônios da camada totalmente conectada, quando ela tem um por filtro)</translation>
    </message>
    <message>
        <source>Count one bias per neuron or filter, as Keras does by default</source>
        <translation>Conta um viés por neurônio ou filtro, como o Keras faz por padrão</translation>
    </message>
    <message>
        <source>How many neurons the fully connected layer has: n² is the deck&apos;s case, with as many neurons as inputs</source>
        <translation>Quantos neurônios a camada totalmente conectada tem: n² é o caso dos slides, com tantos neurônios quanto entradas</translation>
    </message>
    <message>
        <source>A 28×28 grey MNIST digit, 3×3 kernel, 32 filters: the first layer of the lecture&apos;s CNN</source>
        <translation>Um dígito MNIST 28×28 em cinza, kernel 3×3, 32 filtros: a primeira camada da CNN da aula</translation>
    </message>
    <message>
        <source>A 224×224 RGB photo, 3×3 kernel, 64 filters: the first layer of VGG-16</source>
        <translation>Uma foto RGB 224×224, kernel 3×3, 64 filtros: a primeira camada da VGG-16</translation>
    </message>
    <message>
        <source>On a logarithmic scale each grid line is ten times the one below, so very different counts can be compared</source>
        <translation>Na escala logarítmica cada linha da grade vale dez vezes a de baixo, para comparar contagens muito diferentes</translation>
    </message>
    <message>
        <source>Parameters of the three kinds of layer for the same input</source>
        <translation>Parâmetros dos três tipos de camada para a mesma entrada</translation>
    </message>
</context>
<context>
    <name>ParametersView</name>
    <message>
        <source>input
(height × width × channels)</source>
        <translation>entrada
(altura × largura × canais)</translation>
    </message>
    <message>
        <source>trainable parameters</source>
        <translation>parâmetros treináveis</translation>
    </message>
    <message>
        <source>with bias</source>
        <translation>com bias</translation>
    </message>
    <message>
        <source>without bias</source>
        <translation>sem bias</translation>
    </message>
    <message>
        <source>{units} units
{bias}</source>
        <translation>{units} neurônios
{bias}</translation>
    </message>
    <message>
        <source>{filters} filters {kh}×{kw}
{bias}</source>
        <translation>{filters} filtros {kh}×{kw}
{bias}</translation>
    </message>
    <message>
        <source>stride {sh}×{sw}, padding “{padding}”</source>
        <translation>passo {sh}×{sw}, padding “{padding}”</translation>
    </message>
</context>
<context>
    <name>PerturbationControls</name>
    <message>
        <source>Invert (dark digit on white)</source>
        <translation>Inverter (dígito escuro no branco)</translation>
    </message>
    <message>
        <source>Swap black and white. MNIST digits are light on black; a dark digit on white paper is a picture neither network has ever seen, and both usually fail: they learned where the ink is, and now the ink is everywhere else.</source>
        <translation>Troca o preto pelo branco. Os dígitos do MNIST são claros sobre o preto; um dígito escuro no papel branco é uma imagem que nenhuma das redes jamais viu, e as duas costumam errar: elas aprenderam onde fica a tinta, e agora a tinta está em todo o resto.</translation>
    </message>
    <message>
        <source>Occlusion patch</source>
        <translation>Bloco de oclusão</translation>
    </message>
    <message>
        <source>A black square over part of the digit. Drag it over the digit on either input view: covering the part that tells a 7 from a 1 changes the answer, covering the background does nothing. The Occlusion map tab does this at every position.</source>
        <translation>Um quadrado preto sobre parte do dígito. Arraste-o sobre o dígito em qualquer uma das entradas: cobrir a parte que distingue um 7 de um 1 muda a resposta, cobrir o fundo não muda nada. A aba Mapa de oclusão faz isso em todas as posições.</translation>
    </message>
    <message>
        <source>Patch size (pixels):</source>
        <translation>Tamanho do bloco (pixels):</translation>
    </message>
    <message>
        <source>Try it: shift the digit 3 pixels. The CNN still reads it; the MLP often does not. The CNN looks for the same strokes everywhere and max pooling forgives small moves; each MLP weight belongs to one pixel. Point at a control to learn what it does.</source>
        <translation>Experimente: desloque o dígito 3 pixels. A CNN ainda o lê; a MLP muitas vezes não. A CNN procura os mesmos traços em toda a imagem e o max pooling tolera pequenos deslocamentos; cada peso da MLP pertence a um pixel. Aponte para um controle para saber o que ele faz.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Undo every perturbation: the digit as it is</source>
        <translation>Desfaz todas as perturbações: o dígito como ele é</translation>
    </message>
    <message>
        <source>Move the digit by whole pixels (zeros come in at the edge). A CNN&apos;s filters slide over the whole image and max pooling keeps the strongest answer in each small window, so a shift of a pixel or two barely changes what it sees. An MLP has one weight per pixel: shift the digit and different weights read it.</source>
        <translation>Desloca o dígito em pixels inteiros (entram zeros pela borda). Os filtros de uma CNN deslizam sobre a imagem inteira e o max pooling guarda a resposta mais forte de cada pequena janela, então um deslocamento de um ou dois pixels quase não muda o que ela vê. Uma MLP tem um peso por pixel: desloque o dígito e outros pesos o leem.</translation>
    </message>
    <message>
        <source>Shift right</source>
        <translation>Deslocamento à direita</translation>
    </message>
    <message>
        <source>Shift down</source>
        <translation>Deslocamento para baixo</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotação</translation>
    </message>
    <message>
        <source>Turn the digit counter-clockwise about the centre. People write with a slant of a few degrees, so both networks tolerate a little; at 90° a 1 becomes a dash, and no network trained on upright digits reads it.</source>
        <translation>Gira o dígito no sentido anti-horário em torno do centro. As pessoas escrevem com uma inclinação de alguns graus, então as duas redes toleram um pouco; a 90° um 1 vira um traço, e nenhuma rede treinada com dígitos em pé o lê.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Make the digit smaller or larger about the centre. MNIST digits all fill a 20 × 20 box: pooling gives a CNN some room, but the filters have a fixed size, so a much larger or smaller digit is a new picture to both networks.</source>
        <translation>Diminui ou aumenta o dígito em torno do centro. Todos os dígitos do MNIST preenchem uma caixa de 20 × 20: o agrupamento (pooling) dá alguma folga a uma CNN, mas os filtros têm tamanho fixo, então um dígito muito maior ou menor é uma imagem nova para as duas redes.</translation>
    </message>
    <message>
        <source>Stroke thickness</source>
        <translation>Espessura do traço</translation>
    </message>
    <message>
        <source>Thicker (dilate) or thinner (erode) strokes, one pixel per step. A thin pen or a marker: the shape is the same, the pixels are not.</source>
        <translation>Traços mais grossos (dilatar) ou mais finos (erodir), um pixel por passo. Uma caneta fina ou um marcador: a forma é a mesma, os pixels não.</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Ruído σ</translation>
    </message>
    <message>
        <source>Add random Gaussian noise to every pixel (σ is its standard deviation), as a poor camera would. Small filters average some of it away; a network that never saw noise in training may read the speckles as strokes.</source>
        <translation>Soma ruído gaussiano aleatório a cada pixel (σ é o seu desvio padrão), como faria uma câmera ruim. Filtros pequenos atenuam parte dele pela média; uma rede que nunca viu ruído no treinamento pode ler os pontinhos como traços.</translation>
    </message>
    <message>
        <source>Blur σ</source>
        <translation>Desfoque σ</translation>
    </message>
    <message>
        <source>Gaussian blur: each pixel becomes an average of its neighbours, as when the camera is out of focus. Edges fade, and edges are what the first filters look for.</source>
        <translation>Desfoque gaussiano: cada pixel vira uma média dos seus vizinhos, como com a câmera fora de foco. As bordas se apagam, e bordas são o que os primeiros filtros procuram.</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Scale the distance of every pixel from mid-grey: below 1 the ink fades to grey, above 1 it saturates. A network trained on black-and-white digits has never seen a faded one.</source>
        <translation>Multiplica a distância de cada pixel ao cinza médio: abaixo de 1 a tinta desbota para o cinza, acima de 1 ela satura. Uma rede treinada com dígitos em preto e branco nunca viu um desbotado.</translation>
    </message>
</context>
<context>
    <name>PhotoSource</name>
    <message>
        <source>The CIFAR-10 photos could not be read: {error}</source>
        <translation>Não foi possível ler as fotos do CIFAR-10: {error}</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>Abrir uma foto</translation>
    </message>
    <message>
        <source>Images ({extensions})</source>
        <translation>Imagens ({extensions})</translation>
    </message>
    <message>
        <source>“{name}” is not an image this program can read; choose a PNG or JPEG photo.</source>
        <translation>“{name}” não é uma imagem que este programa consiga ler; escolha uma foto PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The digit drawn in the Draw tab, or the picture another tab sent here.</source>
        <translation>O dígito desenhado na aba Desenhar, ou a imagem que outra aba enviou para cá.</translation>
    </message>
    <message>
        <source>Loading the CIFAR-10 photos…</source>
        <translation>Carregando as fotos do CIFAR-10…</translation>
    </message>
    <message>
        <source>Test photo {number} of {total} — true class: {name}</source>
        <translation>Foto de teste {number} de {total} — classe verdadeira: {name}</translation>
    </message>
    <message>
        <source>Photo “{name}”</source>
        <translation>Foto “{name}”</translation>
    </message>
    <message>
        <source>Press “Open photo…” to classify a photo of your own.</source>
        <translation>Clique em “Abrir foto…” para classificar uma foto sua.</translation>
    </message>
    <message>
        <source>Original {w} × {h} pixels → {seen_w} × {seen_h}, as the model reads it</source>
        <translation>Original {w} × {h} pixels → {seen_w} × {seen_h}, como o modelo a lê</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Desenho</translation>
    </message>
    <message>
        <source>CIFAR-10 photo</source>
        <translation>Foto do CIFAR-10</translation>
    </message>
    <message>
        <source>Photo from a file</source>
        <translation>Foto de um arquivo</translation>
    </message>
    <message>
        <source>What the network reads: the digit drawn in the Draw tab, a test photo of CIFAR-10, or a photo of yours.</source>
        <translation>O que a rede lê: o dígito desenhado na aba Desenhar, uma foto de teste do CIFAR-10 ou uma foto sua.</translation>
    </message>
    <message>
        <source>Previous test photo</source>
        <translation>Foto de teste anterior</translation>
    </message>
    <message>
        <source>Next test photo</source>
        <translation>Próxima foto de teste</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Sortear</translation>
    </message>
    <message>
        <source>A test photo chosen at random</source>
        <translation>Uma foto de teste escolhida ao acaso</translation>
    </message>
    <message>
        <source>Open photo…</source>
        <translation>Abrir foto…</translation>
    </message>
    <message>
        <source>Classify any image file: it is shrunk to the size the network reads</source>
        <translation>Classifique qualquer arquivo de imagem: ele é reduzido ao tamanho que a rede lê</translation>
    </message>
    <message>
        <source>The photo as it is</source>
        <translation>A foto como ela é</translation>
    </message>
    <message>
        <source>The photo as the model reads it</source>
        <translation>A foto como o modelo a lê</translation>
    </message>
</context>
<context>
    <name>PoolingActivity</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Tamanho da janela de agrupamento</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Passo (stride)</translation>
    </message>
</context>
<context>
    <name>PoolingInvarianceActivity</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Tamanho da janela de agrupamento</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Passo (stride)</translation>
    </message>
    <message>
        <source>Shifting the input</source>
        <translation>Deslocar a entrada</translation>
    </message>
</context>
<context>
    <name>PoolingInvarianceLesson</name>
    <message>
        <source>Why max pooling matters</source>
        <translation>Importância do agrupamento máximo (max pooling)</translation>
    </message>
    <message>
        <source>A max-pooling unit responds to the largest value in its window, not to where in the window it is: small shifts of the input leave much of its output unchanged.</source>
        <translation>Uma unidade de agrupamento máximo responde ao maior valor da sua janela, não à posição exata dele na janela: pequenos deslocamentos da entrada deixam boa parte da sua saída inalterada.</translation>
    </message>
    <message>
        <source>Shift the input (slide 17)</source>
        <translation>Desloque a entrada (slide 17)</translation>
    </message>
    <message>
        <source>Three filters for a 5 (slide 18)</source>
        <translation>Três filtros para um 5 (slide 18)</translation>
    </message>
    <message>
        <source>Move a feature map one pixel and count what changes before and after pooling.</source>
        <translation>Mova um mapa de características um pixel e conte o que muda antes e depois do agrupamento.</translation>
    </message>
    <message>
        <source>Draw a 5 anywhere: filters for three ways of writing it, max-pooled into one output.</source>
        <translation>Desenhe um 5 em qualquer lugar: filtros para três jeitos de escrevê-lo, reunidos por agrupamento máximo em uma única saída.</translation>
    </message>
</context>
<context>
    <name>PoolingLesson</name>
    <message>
        <source>The window ({k}×{k}) is larger than the input ({rows}×{cols}): make the window smaller or the input bigger.</source>
        <translation>A janela ({k}×{k}) é maior que a entrada ({rows}×{cols}): diminua a janela ou aumente a entrada.</translation>
    </message>
    <message>
        <source>Output size = ⌊(n + 2p − k)/s⌋ + 1, with p = 0 (pooling adds no padding)
rows: {rows}     columns: {cols}</source>
        <translation>Tamanho da saída = ⌊(n + 2p − k)/s⌋ + 1, com p = 0 (o agrupamento não usa preenchimento)
linhas: {rows}     colunas: {cols}</translation>
    </message>
    <message>
        <source>Point at or click an output cell to see its window worked out.</source>
        <translation>Aponte para uma célula da saída, ou clique nela, para ver a conta da sua janela.</translation>
    </message>
    <message>
        <source>Window at row {row}, column {col}:   max({values}) = {max}   ·   ({sum})/{count} = {avg}</source>
        <translation>Janela na linha {row}, coluna {col}:   máx({values}) = {max}   ·   ({sum})/{count} = {avg}</translation>
    </message>
</context>
<context>
    <name>PoolingView</name>
    <message>
        <source>Pooling</source>
        <translation>Agrupamento (pooling)</translation>
    </message>
    <message>
        <source>Pooling summarises each window of a feature map in one number: the map gets smaller, so the next layers cost less. Max pooling keeps the strongest activation of each window; average pooling gives a more general picture. Unlike a convolution, the window has no weights to learn.</source>
        <translation>O agrupamento (pooling) resume cada janela de um mapa de características em um único número: o mapa fica menor e as próximas camadas custam menos. O agrupamento máximo preserva a ativação mais forte de cada janela; o agrupamento médio dá uma representação mais geral. Ao contrário da convolução, a janela não tem pesos a aprender.</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Example numbers (editable)</source>
        <translation>Números de exemplo (editáveis)</translation>
    </message>
    <message>
        <source>A feature map of my drawing (digits CNN)</source>
        <translation>Um mapa de características do meu desenho (CNN de dígitos)</translation>
    </message>
    <message>
        <source>Input (feature map)</source>
        <translation>Entrada (mapa de características)</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Agrupamento máximo</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Agrupamento médio</translation>
    </message>
    <message>
        <source>★ orange: the winner of each max window, its largest value (on a tie, the first in reading order). Yellow: the window of the output cell you point at or click.</source>
        <translation>★ laranja: a vencedora de cada janela do máximo, o seu maior valor (em caso de empate, a primeira na ordem de leitura). Amarelo: a janela da célula da saída que você aponta ou clica.</translation>
    </message>
    <message>
        <source>Input size:</source>
        <translation>Tamanho da entrada:</translation>
    </message>
    <message>
        <source>Window (k):</source>
        <translation>Janela (k):</translation>
    </message>
    <message>
        <source>Stride (s):</source>
        <translation>Passo (s):</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemplo</translation>
    </message>
    <message>
        <source>Random numbers</source>
        <translation>Números aleatórios</translation>
    </message>
    <message>
        <source>Pool a small grid of numbers you can edit, or a real feature map that the digits network computed from your drawing.</source>
        <translation>Agrupe uma pequena grade de números que você pode editar, ou um mapa de características real que a rede de dígitos calculou a partir do seu desenho.</translation>
    </message>
    <message>
        <source>Rows of the input map, up to 8</source>
        <translation>Linhas do mapa de entrada, até 8</translation>
    </message>
    <message>
        <source>Columns of the input map, up to 8</source>
        <translation>Colunas do mapa de entrada, até 8</translation>
    </message>
    <message>
        <source>Side of the square pooling window (k): how many neighbouring values become one.</source>
        <translation>Lado da janela quadrada de agrupamento (k): quantos valores vizinhos viram um só.</translation>
    </message>
    <message>
        <source>How far the window moves each step; equal to the window, the windows tile the map without overlapping, as in Keras&apos; default.</source>
        <translation>Quanto a janela anda a cada passo; igual à janela, as janelas cobrem o mapa sem se sobrepor, como no padrão do Keras.</translation>
    </message>
    <message>
        <source>Back to the 4×4 example: a lone peak, a flat window, and two mixed ones.</source>
        <translation>Volta ao exemplo 4×4: um pico isolado, uma janela uniforme e duas mistas.</translation>
    </message>
    <message>
        <source>Fill the input with small random integers</source>
        <translation>Preenche a entrada com pequenos inteiros aleatórios</translation>
    </message>
    <message>
        <source>Type a number into any cell; the pooled outputs follow.</source>
        <translation>Digite um número em qualquer célula; as saídas do agrupamento acompanham.</translation>
    </message>
    <message>
        <source>Each cell is the largest value of its window; point at it to see the window.</source>
        <translation>Cada célula é o maior valor da sua janela; aponte para ela para ver a janela.</translation>
    </message>
    <message>
        <source>Each cell is the mean of its window; point at it to see the window.</source>
        <translation>Cada célula é a média da sua janela; aponte para ela para ver a janela.</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>agrupamento pelo máximo</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>agrupamento pela média</translation>
    </message>
    <message>
        <source>Input: {mode} {ph}×{pw}, stride {s}</source>
        <translation>Entrada: {mode} {ph}×{pw}, passo {s}</translation>
    </message>
    <message>
        <source>Output: row {row}, column {col}</source>
        <translation>Saída: linha {row}, coluna {col}</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Presenter mode — F6: navigation · Esc: leave</source>
        <translation>Modo apresentação — F6: navegação · Esc: sair</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;apresentação</translation>
    </message>
    <message>
        <source>Large type, strong highlights and the pointer as a halo, full screen for a projector (F5). F6 shows the navigation; Esc or F5 leaves.</source>
        <translation>Letras grandes, destaques fortes e o ponteiro como um halo, em tela cheia para um projetor (F5). F6 mostra a navegação; Esc ou F5 sai.</translation>
    </message>
    <message>
        <source>Show the &amp;navigation (presenter mode)</source>
        <translation>Mostrar a &amp;navegação (modo apresentação)</translation>
    </message>
    <message>
        <source>Show or hide the list of lessons while presenting (F6).</source>
        <translation>Mostra ou esconde a lista de lições durante a apresentação (F6).</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <source>{label}: no prediction yet</source>
        <translation>{label}: ainda sem previsão</translation>
    </message>
    <message>
        <source>{label}: {percent} (probability {value})</source>
        <translation>{label}: {percent} (probabilidade {value})</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>Precision: of the images predicted as the class, the share that were. Recall: of the images of the class, the share found. F1: their harmonic mean. Support: images of the class.</source>
        <translation>Precisão: das imagens previstas como a classe, a fração que era dela. Revocação (recall): das imagens da classe, a fração encontrada. F1: a média harmônica das duas. Suporte: imagens da classe.</translation>
    </message>
    <message>
        <source>Macro average</source>
        <translation>Média macro</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Média ponderada</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <source>The share of all images whose predicted class is the true one: the diagonal of the matrix over all images.</source>
        <translation>A fração de todas as imagens cuja classe prevista é a verdadeira: a diagonal da matriz sobre todas as imagens.</translation>
    </message>
    <message>
        <source>undefined (0/0)</source>
        <translation>indefinida (0/0)</translation>
    </message>
    <message>
        <source>The model never predicted this class, so precision divides 0 by 0. It counts as 0 in the averages.</source>
        <translation>O modelo nunca previu esta classe, então a precisão divide 0 por 0. Ela conta como 0 nas médias.</translation>
    </message>
    <message>
        <source>This class has no images in the data, so recall divides 0 by 0. It counts as 0 in the averages.</source>
        <translation>Esta classe não tem imagens nos dados, então a revocação divide 0 por 0. Ela conta como 0 nas médias.</translation>
    </message>
    <message>
        <source>The class is absent and never predicted, so F1 divides 0 by 0. It counts as 0 in the averages.</source>
        <translation>A classe está ausente e nunca foi prevista, então o F1 divide 0 por 0. Ele conta como 0 nas médias.</translation>
    </message>
</context>
<context>
    <name>RobustnessLab</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Sweeps</source>
        <translation>Varreduras</translation>
    </message>
    <message>
        <source>Occlusion map</source>
        <translation>Mapa de oclusão</translation>
    </message>
    <message>
        <source>FGSM</source>
        <translation>FGSM</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de dados</translation>
    </message>
    <message>
        <source>Perturb one digit with sliders and watch both networks read it, live</source>
        <translation>Perturbe um dígito com os controles deslizantes e veja as duas redes lerem-no, ao vivo</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>versus</source>
        <translation>contra</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>training…</source>
        <translation>treinando…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>{epochs} epoch(s), validation accuracy {accuracy} %</source>
        <translation>{epochs} época(s), acurácia de validação {accuracy} %</translation>
    </message>
    <message>
        <source>{epochs} epoch(s)</source>
        <translation>{epochs} época(s)</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, interrompido</translation>
    </message>
    <message>
        <source>Every run of this session; tick runs to draw their curves together (each in its own colour) and compare them.</source>
        <translation>Cada treino desta sessão; marque treinos para desenhar suas curvas juntas (cada um com sua cor) e compará-los.</translation>
    </message>
</context>
<context>
    <name>SaveActivityDialog</name>
    <message>
        <source>Save activity</source>
        <translation>Salvar atividade</translation>
    </message>
    <message>
        <source>e.g. Stride and output size</source>
        <translation>p. ex. Passo (stride) e tamanho da saída</translation>
    </message>
    <message>
        <source>What should the class do? Students read this in a panel beside the page.</source>
        <translation>O que a turma deve fazer? Os alunos leem isto num painel ao lado da página.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instruções:</translation>
    </message>
    <message>
        <source>Lock these controls (students cannot change them)</source>
        <translation>Bloquear estes controles (os alunos não podem alterá-los)</translation>
    </message>
    <message>
        <source>This page has no controls to lock.</source>
        <translation>Esta página não tem controles para bloquear.</translation>
    </message>
</context>
<context>
    <name>ShiftExperiment</name>
    <message>
        <source>loading…</source>
        <translation>carregando…</translation>
    </message>
    <message>
        <source>reads {digit} · {percent} %</source>
        <translation>lê {digit} · {percent} %</translation>
    </message>
    <message>
        <source>{n} px right</source>
        <translation>{n} px para a direita</translation>
    </message>
    <message>
        <source>{n} px left</source>
        <translation>{n} px para a esquerda</translation>
    </message>
    <message>
        <source>{n} px down</source>
        <translation>{n} px para baixo</translation>
    </message>
    <message>
        <source>{n} px up</source>
        <translation>{n} px para cima</translation>
    </message>
    <message>
        <source>Moved: {moves}</source>
        <translation>Deslocado: {moves}</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Sem deslocamento</translation>
    </message>
    <message>
        <source>The two models could not be loaded: {why}</source>
        <translation>Não foi possível carregar os dois modelos: {why}</translation>
    </message>
    <message>
        <source>Loading the two trained models… (a few seconds)</source>
        <translation>Carregando os dois modelos treinados… (alguns segundos)</translation>
    </message>
    <message>
        <source>MLP (fully connected)</source>
        <translation>MLP (totalmente conectada)</translation>
    </message>
    <message>
        <source>CNN (convolutional)</source>
        <translation>CNN (convolucional)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parâmetros</translation>
    </message>
    <message>
        <source>Parameters: not in the card</source>
        <translation>Parâmetros: não constam na ficha do modelo</translation>
    </message>
    <message>
        <source>{percent} % right on {n} MNIST test digits</source>
        <translation>{percent} % de acertos em {n} dígitos de teste do MNIST</translation>
    </message>
    <message>
        <source>Test accuracy: not in the card</source>
        <translation>Acurácia de teste: não consta na ficha do modelo</translation>
    </message>
    <message>
        <source>What to notice: both networks have about as many parameters, and the CNN is more accurate. Move the digit: one or two pixels, and both still read the example 7; three pixels right, up or down, and the MLP reads another digit while the CNN still reads 7 (four pixels up fools it too). The CNN&apos;s filters look for the same strokes everywhere and max pooling forgives small moves; each MLP weight belongs to one pixel.</source>
        <translation>Repare: as duas redes têm quase o mesmo número de parâmetros, e a CNN acerta mais. Desloque o dígito: com um ou dois pixels, as duas ainda leem o 7 de exemplo; com três pixels para a direita, para cima ou para baixo, a MLP lê outro dígito enquanto a CNN ainda lê 7 (quatro pixels para cima enganam a CNN também). Os filtros da CNN procuram os mesmos traços em toda a imagem e o agrupamento máximo (max pooling) tolera pequenos deslocamentos; cada peso da MLP pertence a um pixel.</translation>
    </message>
    <message>
        <source>The pooling window is larger than the map: make it smaller.</source>
        <translation>A janela de agrupamento é maior que o mapa: diminua-a.</translation>
    </message>
    <message>
        <source>{changed} of {total} activations changed; {pooled} of {pooled_total} pooled outputs changed</source>
        <translation>{changed} de {total} ativações mudaram; {pooled} de {pooled_total} saídas do agrupamento mudaram</translation>
    </message>
    <message>
        <source>Not shifted: press an arrow.</source>
        <translation>Sem deslocamento: aperte uma seta.</translation>
    </message>
    <message>
        <source>Shifted {moves}</source>
        <translation>Deslocada {moves}</translation>
    </message>
</context>
<context>
    <name>ShiftView</name>
    <message>
        <source>Activations (after ReLU)</source>
        <translation>Ativações (após a ReLU)</translation>
    </message>
    <message>
        <source>The same, shifted</source>
        <translation>As mesmas, deslocadas</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Agrupamento máximo</translation>
    </message>
    <message>
        <source>Max pooling, shifted</source>
        <translation>Agrupamento máximo, deslocado</translation>
    </message>
    <message>
        <source>Shift the input, pool</source>
        <translation>Deslocar a entrada, agrupar</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Janela:</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>Passo:</translation>
    </message>
    <message>
        <source>8×8 example</source>
        <translation>Exemplo 8×8</translation>
    </message>
    <message>
        <source>The book&apos;s figure (1-D)</source>
        <translation>A figura do livro (1-D)</translation>
    </message>
    <message>
        <source>Red: a value that is not what it was before the shift. ★: where each window&apos;s maximum comes from. Cells that enter at the edge become 0, as if the picture moved over an empty background.</source>
        <translation>Vermelho: um valor diferente do que era antes do deslocamento. ★: de onde vem o máximo de cada janela. As células que entram pela borda viram 0, como se a imagem se movesse sobre um fundo vazio.</translation>
    </message>
    <message>
        <source>Move the whole input one pixel up</source>
        <translation>Move a entrada inteira um pixel para cima</translation>
    </message>
    <message>
        <source>Move the whole input one pixel to the left</source>
        <translation>Move a entrada inteira um pixel para a esquerda</translation>
    </message>
    <message>
        <source>Put the input back where it was</source>
        <translation>Põe a entrada de volta onde estava</translation>
    </message>
    <message>
        <source>Move the whole input one pixel to the right</source>
        <translation>Move a entrada inteira um pixel para a direita</translation>
    </message>
    <message>
        <source>Move the whole input one pixel down</source>
        <translation>Move a entrada inteira um pixel para baixo</translation>
    </message>
    <message>
        <source>Rows of the pooling window</source>
        <translation>Linhas da janela de agrupamento</translation>
    </message>
    <message>
        <source>Columns of the pooling window</source>
        <translation>Colunas da janela de agrupamento</translation>
    </message>
    <message>
        <source>How far the pooling window moves each step (in both directions).</source>
        <translation>Quanto a janela de agrupamento anda a cada passo (nas duas direções).</translation>
    </message>
    <message>
        <source>An 8×8 map with one strong activation per 2×2 window: shifted right, every value changes but only half of the pooled outputs do.</source>
        <translation>Um mapa 8×8 com uma ativação forte por janela 2×2: deslocado para a direita, todos os valores mudam, mas só metade das saídas do agrupamento muda.</translation>
    </message>
    <message>
        <source>The figure the slide comes from (Goodfellow et al., Deep Learning, fig. 9.8): one row, windows of 3 with stride 1.</source>
        <translation>A figura de onde vem o slide (Goodfellow et al., Deep Learning, fig. 9.8): uma linha, janelas de 3 com passo 1.</translation>
    </message>
    <message>
        <source>Type a number into any cell; the shifted map and both poolings follow.</source>
        <translation>Digite um número em qualquer célula; o mapa deslocado e os dois agrupamentos acompanham.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
</context>
<context>
    <name>SideChooser</name>
    <message>
        <source>Open model…</source>
        <translation>Abrir modelo…</translation>
    </message>
    <message>
        <source>Open a Keras model</source>
        <translation>Abrir um modelo Keras</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Modelos Keras (*.keras)</translation>
    </message>
    <message>
        <source>The network on this side. Put a CNN beside an MLP (the default) to see which one tolerates the perturbations; “Open model…” loads any Keras digit classifier.</source>
        <translation>A rede deste lado. Ponha uma CNN ao lado de uma MLP (o padrão) para ver qual delas tolera as perturbações; “Abrir modelo…” carrega qualquer classificador de dígitos Keras.</translation>
    </message>
</context>
<context>
    <name>SolutionView</name>
    <message>
        <source>Worked solution</source>
        <translation>Solução passo a passo</translation>
    </message>
    <message>
        <source>Answer: {result}</source>
        <translation>Resposta: {result}</translation>
    </message>
</context>
<context>
    <name>SourceBar</name>
    <message>
        <source>Looking for cameras…</source>
        <translation>Procurando câmeras…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nenhuma encontrada</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Arquivo: {name}</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Câmera {number}</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Ler:</translation>
    </message>
    <message>
        <source>Digits on paper</source>
        <translation>Dígitos no papel</translation>
    </message>
    <message>
        <source>Objects (colour photo)</source>
        <translation>Objetos (foto colorida)</translation>
    </message>
    <message>
        <source>Digits on paper: every digit is found and read by the selected digit model. Objects: the centre of the picture is read by the colour model trained on CIFAR-10.</source>
        <translation>Dígitos no papel: cada dígito é encontrado e lido pelo modelo de dígitos selecionado. Objetos: o centro da imagem é lido pelo modelo colorido treinado no CIFAR-10.</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Câmera:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolução:</translation>
    </message>
    <message>
        <source>Open video or image…</source>
        <translation>Abrir vídeo ou imagem…</translation>
    </message>
    <message>
        <source>Choose which camera to read; the list shows the cameras found on this computer.</source>
        <translation>Escolhe qual câmera ler; a lista mostra as câmeras encontradas neste computador.</translation>
    </message>
    <message>
        <source>Ask the camera for this picture size; digits are found just as well at 640 × 480, and faster.</source>
        <translation>Pede à câmera este tamanho de imagem; os dígitos são encontrados tão bem em 640 × 480, e mais rápido.</translation>
    </message>
    <message>
        <source>Read a video file or a photo of digits on paper instead of a camera.</source>
        <translation>Lê um arquivo de vídeo ou uma foto de dígitos no papel em vez de uma câmera.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Camera {number} does not open.</source>
        <translation>A câmera {number} não abre.</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Nenhuma câmera encontrada.</translation>
    </message>
    <message>
        <source>Could not open {name}: the file is missing, or it is not a video or an image.</source>
        <translation>Não foi possível abrir {name}: o arquivo não existe, ou não é um vídeo nem uma imagem.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures — was it unplugged? Reading has stopped; plug it in again and choose it in the Camera list, or open a video or image.</source>
        <translation>A câmera parou de enviar imagens — foi desconectada? A leitura parou; conecte-a de novo e escolha-a na lista Câmera, ou abra um vídeo ou uma imagem.</translation>
    </message>
    <message>
        <source>The source has no more frames; the last one stays on screen.</source>
        <translation>A fonte não tem mais quadros; o último fica na tela.</translation>
    </message>
    <message>
        <source>Reading stopped: {detail}</source>
        <translation>A leitura parou: {detail}</translation>
    </message>
    <message>
        <source>Starting {source}…</source>
        <translation>Iniciando {source}…</translation>
    </message>
    <message>
        <source>still image</source>
        <translation>imagem parada</translation>
    </message>
    <message>
        <source>{fps} frames/s</source>
        <translation>{fps} quadros/s</translation>
    </message>
    <message>
        <source>{source} · {width} × {height} · {rate}</source>
        <translation>{source} · {width} × {height} · {rate}</translation>
    </message>
    <message>
        <source>{source} · {width} × {height} · still image · digits found: {digits}</source>
        <translation>{source} · {width} × {height} · imagem parada · dígitos encontrados: {digits}</translation>
    </message>
    <message>
        <source>{source} · {width} × {height} · {fps} frames/s · digits found: {digits}</source>
        <translation>{source} · {width} × {height} · {fps} quadros/s · dígitos encontrados: {digits}</translation>
    </message>
</context>
<context>
    <name>StepPlayer</name>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the first step (Ctrl+Home)</source>
        <translation>Volta ao primeiro passo (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Previous step (Page Up or Ctrl+←)</source>
        <translation>Passo anterior (Page Up ou Ctrl+←)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Next step (Page Down or Ctrl+→)</source>
        <translation>Próximo passo (Page Down ou Ctrl+→)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>How fast Play moves from one step to the next</source>
        <translation>Com que rapidez o Reproduzir passa de um passo ao seguinte</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play or pause the steps (Ctrl+Space)</source>
        <translation>Reproduz ou pausa os passos (Ctrl+Espaço)</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Passo {current} de {total}</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Nenhum passo</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>The sweep failed: {error}</source>
        <translation>A varredura falhou: {error}</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>acurácia (%)</translation>
    </message>
    <message>
        <source>{label} → {predicted}</source>
        <translation>{label} → {predicted}</translation>
    </message>
    <message>
        <source>{model} at {value}: read every digit ({accuracy} %).</source>
        <translation>{model} em {value}: leu todos os dígitos ({accuracy} %).</translation>
    </message>
    <message>
        <source>{model} at {value}: {accuracy} % read; a few it misread (true class → what it read):</source>
        <translation>{model} em {value}: {accuracy} % lidos; alguns que errou (classe verdadeira → o que leu):</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>Não foi possível salvar {file}: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} salvo.</translation>
    </message>
    <message>
        <source>Export the curves</source>
        <translation>Exportar as curvas</translation>
    </message>
    <message>
        <source>sweep.csv</source>
        <translation>varredura.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar o gráfico</translation>
    </message>
    <message>
        <source>sweep.png</source>
        <translation>varredura.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Sweeping {n} digits, {count} strengths…</source>
        <translation>Varrendo {n} dígitos, {count} intensidades…</translation>
    </message>
    <message>
        <source>Waiting for both models to load…</source>
        <translation>Aguardando os dois modelos carregarem…</translation>
    </message>
    <message>
        <source>Stopped after {done} of {count} strengths; the curves keep them.</source>
        <translation>Parado após {done} de {count} intensidades; as curvas as mantêm.</translation>
    </message>
    <message>
        <source>Done: {n} digits at {count} strengths. Hover a point to see digits misread there.</source>
        <translation>Pronto: {n} dígitos em {count} intensidades. Passe o mouse sobre um ponto para ver dígitos lidos errado ali.</translation>
    </message>
    <message>
        <source>horizontal shift</source>
        <translation>deslocamento horizontal</translation>
    </message>
    <message>
        <source>vertical shift</source>
        <translation>deslocamento vertical</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotação</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>escala</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>ruído gaussiano</translation>
    </message>
    <message>
        <source>blur</source>
        <translation>desfoque</translation>
    </message>
    <message>
        <source>occlusion (central square)</source>
        <translation>oclusão (quadrado central)</translation>
    </message>
    <message>
        <source>FGSM attack (ε)</source>
        <translation>ataque FGSM (ε)</translation>
    </message>
    <message>
        <source>shift to the right (pixels)</source>
        <translation>deslocamento para a direita (pixels)</translation>
    </message>
    <message>
        <source>shift down (pixels)</source>
        <translation>deslocamento para baixo (pixels)</translation>
    </message>
    <message>
        <source>rotation, counter-clockwise (degrees)</source>
        <translation>rotação, anti-horária (graus)</translation>
    </message>
    <message>
        <source>scale (factor)</source>
        <translation>escala (fator)</translation>
    </message>
    <message>
        <source>noise σ</source>
        <translation>σ do ruído</translation>
    </message>
    <message>
        <source>blur σ (pixels)</source>
        <translation>σ do desfoque (pixels)</translation>
    </message>
    <message>
        <source>side of the central square (pixels)</source>
        <translation>lado do quadrado central (pixels)</translation>
    </message>
    <message>
        <source>ε of the FGSM attack</source>
        <translation>ε do ataque FGSM</translation>
    </message>
    <message>
        <source>Perturbation:</source>
        <translation>Perturbação:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Passo:</translation>
    </message>
    <message>
        <source>Test digits:</source>
        <translation>Dígitos de teste:</translation>
    </message>
    <message>
        <source>Measure how accuracy falls as a perturbation grows: each strength is applied to the first N MNIST test digits and both models read them. Hover a point to see digits misread there.</source>
        <translation>Meça como a acurácia cai à medida que uma perturbação cresce: cada intensidade é aplicada aos N primeiros dígitos de teste do MNIST e os dois modelos os leem. Passe o mouse sobre um ponto para ver dígitos lidos errado ali.</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Executar varredura</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
</context>
<context>
    <name>TensorFlowCheck</name>
    <message>
        <source>Press the button to compute the same gradients with TensorFlow.</source>
        <translation>Clique no botão para calcular os mesmos gradientes com o TensorFlow.</translation>
    </message>
    <message>
        <source>TensorFlow is computing… The first time it has to load, which takes a few seconds.</source>
        <translation>O TensorFlow está calculando… Na primeira vez ele precisa ser carregado, o que leva alguns segundos.</translation>
    </message>
    <message>
        <source>The numbers changed while TensorFlow was computing: press the button again.</source>
        <translation>Os números mudaram enquanto o TensorFlow calculava: clique no botão de novo.</translation>
    </message>
    <message>
        <source>TensorFlow could not compute the gradients: {error}</source>
        <translation>O TensorFlow não conseguiu calcular os gradientes: {error}</translation>
    </message>
    <message>
        <source>Largest difference: {difference}. They agree (to a millionth of the largest gradient).</source>
        <translation>Maior diferença: {difference}. Eles concordam (até um milionésimo do maior gradiente).</translation>
    </message>
    <message>
        <source>Largest difference: {difference}. They do not agree!</source>
        <translation>Maior diferença: {difference}. Eles não concordam!</translation>
    </message>
    <message>
        <source>TensorFlow&apos;s loss: L = {theirs}; this lesson&apos;s: L = {ours}.</source>
        <translation>Perda do TensorFlow: L = {theirs}; desta lição: L = {ours}.</translation>
    </message>
</context>
<context>
    <name>TensorFlowPanel</name>
    <message>
        <source>6. Check with TensorFlow</source>
        <translation>6. Conferir com o TensorFlow</translation>
    </message>
    <message>
        <source>Check with TensorFlow</source>
        <translation>Conferir com o TensorFlow</translation>
    </message>
    <message>
        <source>Ask TensorFlow&apos;s automatic differentiation (tf.GradientTape) for the same gradients and compare them with the ones written above.</source>
        <translation>Pede os mesmos gradientes à diferenciação automática do TensorFlow (tf.GradientTape) e os compara com os escritos acima.</translation>
    </message>
    <message>
        <source>∂L/∂w, this lesson</source>
        <translation>∂L/∂w, esta lição</translation>
    </message>
    <message>
        <source>∂L/∂w, TensorFlow</source>
        <translation>∂L/∂w, TensorFlow</translation>
    </message>
</context>
<context>
    <name>TrainingActivity</name>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <source>training · F1</source>
        <translation>treino · F1</translation>
    </message>
    <message>
        <source>validation · precision</source>
        <translation>validação · precisão</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>revocação</translation>
    </message>
    <message>
        <source>Loss per batch</source>
        <translation>Perda por lote</translation>
    </message>
    <message>
        <source>Accuracy per batch</source>
        <translation>Acurácia por lote</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Perda por época</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>Acurácia por época</translation>
    </message>
    <message>
        <source>F1 · precision · recall</source>
        <translation>F1 · precisão · revocação</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Each batch&apos;s loss and accuracy: faint lines are the raw values, bright lines their moving average.</source>
        <translation>A perda e a acurácia de cada lote: as linhas claras são os valores brutos; as fortes, sua média móvel.</translation>
    </message>
    <message>
        <source>After each epoch: solid lines are measured on the training images, dashed ones on the held-out validation images; F1, precision and recall are measured on the validation images.</source>
        <translation>Após cada época: as linhas contínuas são medidas nas imagens de treino, as tracejadas nas imagens de validação separadas; F1, precisão e revocação são medidas nas imagens de validação.</translation>
    </message>
</context>
<context>
    <name>TrainingFiles</name>
    <message>
        <source>Save the trained model</source>
        <translation>Salvar o modelo treinado</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Modelos Keras (*.keras)</translation>
    </message>
    <message>
        <source>Could not save the model: {reason}</source>
        <translation>Não foi possível salvar o modelo: {reason}</translation>
    </message>
    <message>
        <source>Saved {file} with its model card. It is now the model of the Draw and Activations tabs; “Default model” beside the model selector goes back.</source>
        <translation>{file} foi salvo com sua ficha do modelo. Agora ele é o modelo das abas Desenhar e Ativações; “Modelo padrão”, ao lado do seletor de modelo, volta ao modelo que vem com o aplicativo.</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>Não foi possível exportar: {reason}</translation>
    </message>
    <message>
        <source>batch_chart.png</source>
        <translation>grafico_lotes.png</translation>
    </message>
    <message>
        <source>epoch_chart.png</source>
        <translation>grafico_epocas.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar o gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar o histórico</translation>
    </message>
    <message>
        <source>training_history.csv</source>
        <translation>historico_treino.csv</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabelas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stopped by you in epoch {epoch}, after batch {batch} of {batches}. The network keeps what it learned so far: it still works and can be saved.</source>
        <translation>Interrompido por você na época {epoch}, após o lote {batch} de {batches}. A rede guarda o que aprendeu até aqui: ela continua funcionando e pode ser salva.</translation>
    </message>
    <message>
        <source>Finished: {epochs} epoch(s) in {time}.</source>
        <translation>Concluído: {epochs} época(s) em {time}.</translation>
    </message>
    <message>
        <source>Accuracy on the {count} test images: {accuracy} %.</source>
        <translation>Acurácia nas {count} imagens de teste: {accuracy} %.</translation>
    </message>
    <message>
        <source>Accuracy on {count} held-out images (the data has no test split): {accuracy} %.</source>
        <translation>Acurácia em {count} imagens separadas (os dados não têm conjunto de teste): {accuracy} %.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image, or every epoch&apos;s numbers as a CSV table for a spreadsheet.</source>
        <translation>Salva um gráfico como imagem PNG, ou os números de cada época como tabela CSV para uma planilha.</translation>
    </message>
    <message>
        <source>Batch chart as PNG…</source>
        <translation>Gráfico por lote como PNG…</translation>
    </message>
    <message>
        <source>Epoch chart as PNG…</source>
        <translation>Gráfico por época como PNG…</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>Histórico como CSV…</translation>
    </message>
</context>
<context>
    <name>TrainingProgress</name>
    <message>
        <source>{elapsed} elapsed</source>
        <translation>{elapsed} decorridos</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs} · batch {batch} of {batches}</source>
        <translation>Época {epoch} de {epochs} · lote {batch} de {batches}</translation>
    </message>
    <message>
        <source>about {left} left</source>
        <translation>faltam cerca de {left}</translation>
    </message>
    <message>
        <source>Batches done out of all the batches of the run.</source>
        <translation>Lotes concluídos, do total de lotes do treino.</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Choose the data and a network, then press Start.</source>
        <translation>Escolha os dados e uma rede e depois clique em Iniciar.</translation>
    </message>
    <message>
        <source>Start waits until the network can work. {reason}</source>
        <translation>Iniciar espera até a rede poder funcionar. {reason}</translation>
    </message>
    <message>
        <source>Class run set: CIFAR-10, the colour CNN, 2 epochs of SGD with one cycle. Press Start: under 3 minutes on a lab PC to itself (95 s measured), about 70 %.</source>
        <translation>Treino de aula pronto: CIFAR-10, a CNN colorida, 2 épocas de SGD com ciclo único. Aperte Iniciar: menos de 3 minutos num PC do laboratório sem outras tarefas (95 s medidos), cerca de 70 %.</translation>
    </message>
    <message>
        <source>Preparing: loading TensorFlow and building the network… The other tabs keep working meanwhile.</source>
        <translation>Preparando: carregando o TensorFlow e montando a rede… As outras abas continuam funcionando enquanto isso.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Parando após o lote atual…</translation>
    </message>
    <message>
        <source>Training failed: {reason}</source>
        <translation>O treino falhou: {reason}</translation>
    </message>
    <message>
        <source>Training {model} on {data}… The other tabs keep working meanwhile.</source>
        <translation>Treinando {model} com {data}… As outras abas continuam funcionando enquanto isso.</translation>
    </message>
    <message>
        <source>1. Data</source>
        <translation>1. Dados</translation>
    </message>
    <message>
        <source>2. Network</source>
        <translation>2. Rede</translation>
    </message>
    <message>
        <source>3. Settings</source>
        <translation>3. Ajustes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Keras code</source>
        <translation>Código Keras</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Train the chosen network on the chosen data with these settings; the charts follow every batch.</source>
        <translation>Treina a rede escolhida com os dados escolhidos e estes ajustes; os gráficos acompanham cada lote.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>End training after the current batch; the network keeps what it has learned so far.</source>
        <translation>Encerra o treino após o lote atual; a rede guarda o que aprendeu até aqui.</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Salvar modelo…</translation>
    </message>
    <message>
        <source>Show slowly</source>
        <translation>Demonstração lenta</translation>
    </message>
    <message>
        <source>For a demonstration: each epoch lasts at least about {seconds} s, so the class can follow the curves. Training itself learns the same; only the pace changes.</source>
        <translation>Para uma demonstração: cada época dura pelo menos cerca de {seconds} s, para que a turma acompanhe as curvas. O treinamento aprende o mesmo; só o ritmo muda.</translation>
    </message>
    <message>
        <source>Save the trained network (.keras) with its model card, and use it in the Draw and Activations tabs.</source>
        <translation>Salva a rede treinada (.keras) com sua ficha do modelo e a usa nas abas Desenhar e Ativações.</translation>
    </message>
</context>
<context>
    <name>UpdatePanel</name>
    <message>
        <source>The next step, with α = {rate} (press “Apply step” to take it):</source>
        <translation>O próximo passo, com α = {rate} (clique em “Aplicar passo” para dá-lo):</translation>
    </message>
    <message>
        <source>Step {n} taken, with α = {rate}: the kernel at the top is now w*.</source>
        <translation>Passo {n} dado, com α = {rate}: o kernel lá em cima agora é w*.</translation>
    </message>
    <message>
        <source>Loss before the step: L = {before}; after it: L = {after}, unchanged.</source>
        <translation>Perda antes do passo: L = {before}; depois dele: L = {after}, sem mudança.</translation>
    </message>
    <message>
        <source>Loss before the step: L = {before}; after it: L = {after}, lower.</source>
        <translation>Perda antes do passo: L = {before}; depois dele: L = {after}, menor.</translation>
    </message>
    <message>
        <source>Loss before the step: L = {before}; after it: L = {after}, higher: α is too large and the step overshoots.</source>
        <translation>Perda antes do passo: L = {before}; depois dele: L = {after}, maior: α é grande demais e o passo ultrapassa o mínimo.</translation>
    </message>
    <message>
        <source>5. Update: gradient descent, w* = w − α·∂L/∂w</source>
        <translation>5. Atualização: descida do gradiente, w* = w − α·∂L/∂w</translation>
    </message>
    <message>
        <source>Learning rate α:</source>
        <translation>Taxa de aprendizado α:</translation>
    </message>
    <message>
        <source>How big a step each weight takes against its gradient: too small learns slowly, too large overshoots and the loss grows.</source>
        <translation>O tamanho do passo que cada peso dá contra o seu gradiente: pequena demais aprende devagar, grande demais ultrapassa o mínimo e a perda cresce.</translation>
    </message>
    <message>
        <source>Apply step</source>
        <translation>Aplicar passo</translation>
    </message>
    <message>
        <source>Replace every weight w by w − α·∂L/∂w and recompute the output and the loss.</source>
        <translation>Troca cada peso w por w − α·∂L/∂w e recalcula a saída e a perda.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Go back to the kernel you had before the first step and clear the loss curve.</source>
        <translation>Volta ao kernel de antes do primeiro passo e apaga a curva da perda.</translation>
    </message>
    <message>
        <source>New kernel w*</source>
        <translation>Novo kernel w*</translation>
    </message>
    <message>
        <source>Kernel w</source>
        <translation>Kernel w</translation>
    </message>
    <message>
        <source>∂L/∂w</source>
        <translation>∂L/∂w</translation>
    </message>
    <message>
        <source>Rest the pointer on a cell to read its update written out.</source>
        <translation>Pare o ponteiro sobre uma célula para ler a sua atualização por extenso.</translation>
    </message>
    <message>
        <source>steps taken</source>
        <translation>passos dados</translation>
    </message>
    <message>
        <source>loss L</source>
        <translation>perda L</translation>
    </message>
    <message>
        <source>The loss after each step: it falls while α is small enough.</source>
        <translation>A perda depois de cada passo: ela cai enquanto α for pequena o bastante.</translation>
    </message>
</context>
<context>
    <name>VectorChart</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>unit {index}: {value}</source>
        <translation>unidade {index}: {value}</translation>
    </message>
</context>
<context>
    <name>WebcamDisplay</name>
    <message>
        <source>{label} · {percent} %</source>
        <translation>{label} · {percent} %</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>cinza</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>limiar</translation>
    </message>
    <message>
        <source>ink, cropped</source>
        <translation>tinta, recortada</translation>
    </message>
    <message>
        <source>20 × 20</source>
        <translation>20 × 20</translation>
    </message>
    <message>
        <source>centred 28 × 28</source>
        <translation>centralizado 28 × 28</translation>
    </message>
    <message>
        <source>The colour model knows only 32 × 32 photos of ten classes: {classes}. It reads the square in the middle of the picture; hold the object there, filling it. Anything else (a face, a pen, a cup) still gets one of these ten names: a guess, however sure the bars look.</source>
        <translation>O modelo colorido só conhece fotos de 32 × 32 de dez classes: {classes}. Ele lê o quadrado no meio da imagem; segure o objeto ali, preenchendo-o. Qualquer outra coisa (um rosto, uma caneta, uma xícara) ainda recebe um destes dez nomes: um palpite, por mais seguras que as barras pareçam.</translation>
    </message>
    <message>
        <source>The selected digit on its way to the network (click a box to choose another):</source>
        <translation>O dígito selecionado a caminho da rede (clique em um retângulo para escolher outro):</translation>
    </message>
</context>
<context>
    <name>WebcamTab</name>
    <message>
        <source>Click a digit&apos;s box in the picture to add it to your collection.</source>
        <translation>Clique na caixa de um dígito na imagem para adicioná-lo à sua coleção.</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Câmera {number}</translation>
    </message>
    <message>
        <source>Frame source</source>
        <translation>Fonte de quadros</translation>
    </message>
    <message>
        <source>Open a video or an image of digits on paper</source>
        <translation>Abrir um vídeo ou uma imagem de dígitos no papel</translation>
    </message>
    <message>
        <source>Videos and images ({patterns})</source>
        <translation>Vídeos e imagens ({patterns})</translation>
    </message>
    <message>
        <source>The selected model reads colour photos; digits on paper are grey ink, so it cannot read them. Choose a digit model in the model list, or switch to &quot;Objects&quot; to read a photo with the colour model.</source>
        <translation>O modelo selecionado lê fotos coloridas; dígitos no papel são tinta cinza, então ele não consegue lê-los. Escolha um modelo de dígitos na lista de modelos, ou passe para &quot;Objetos&quot; para ler uma foto com o modelo colorido.</translation>
    </message>
    <message>
        <source>Save a snapshot</source>
        <translation>Salvar uma captura</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Não foi possível salvar {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <source>Anywhere</source>
        <translation>Em qualquer lugar</translation>
    </message>
    <message>
        <source>Lessons with steps</source>
        <translation>Lições com passos</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Desenhar</translation>
    </message>
    <message>
        <source>Training → Network (the layer list)</source>
        <translation>Treinamento → Rede (a lista de camadas)</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Modo apresentação</translation>
    </message>
    <message>
        <source>This manual (Help → Manual)</source>
        <translation>Este manual (Ajuda → Manual)</translation>
    </message>
    <message>
        <source>Next step of the lesson (what a presenter remote sends)</source>
        <translation>Próximo passo da lição (o que um passador de slides envia)</translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation>Passo anterior da lição</translation>
    </message>
    <message>
        <source>Next or previous control; the arrows move inside a grid or a list</source>
        <translation>Próximo controle ou o anterior; as setas andam dentro de uma grade ou de uma lista</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Liga ou desliga a tela cheia</translation>
    </message>
    <message>
        <source>Presenter mode on or off: full screen, large type, strong highlights, the pointer as a halo</source>
        <translation>Liga ou desliga o modo apresentação: tela cheia, letras grandes, destaques fortes, o ponteiro como um halo</translation>
    </message>
    <message>
        <source>Show or hide the list of lessons</source>
        <translation>Mostra ou esconde a lista de lições</translation>
    </message>
    <message>
        <source>Leave presenter mode (while a cell is being edited, Esc cancels the edit; on Draw it clears the drawing)</source>
        <translation>Sai do modo apresentação (numa célula em edição, Esc cancela a edição; em Desenhar, limpa o desenho)</translation>
    </message>
    <message>
        <source>Quit CNN Lab</source>
        <translation>Sai do CNN Lab</translation>
    </message>
    <message>
        <source>Save this page as an activity file (File → Save activity…)</source>
        <translation>Salvar esta página como arquivo de atividade (Arquivo → Salvar atividade…)</translation>
    </message>
    <message>
        <source>Open an activity file (in Draw: open a picture instead)</source>
        <translation>Abrir um arquivo de atividade (em Desenhar: abre uma imagem)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo anterior</translation>
    </message>
    <message>
        <source>Play or pause the steps</source>
        <translation>Reproduz ou pausa os passos</translation>
    </message>
    <message>
        <source>Back to the first step</source>
        <translation>Volta ao primeiro passo</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Desfaz o último traço</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refaz</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Apaga o desenho</translation>
    </message>
    <message>
        <source>Eraser on or off</source>
        <translation>Liga ou desliga a borracha</translation>
    </message>
    <message>
        <source>Open a picture of a digit</source>
        <translation>Abre uma imagem de um dígito</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>Salva o desenho</translation>
    </message>
    <message>
        <source>Remove the selected layer</source>
        <translation>Remover a camada selecionada</translation>
    </message>
    <message>
        <source>Duplicate the selected layer</source>
        <translation>Duplicar a camada selecionada</translation>
    </message>
    <message>
        <source>Move the selected layer up or down (dragging works too)</source>
        <translation>Subir ou descer a camada selecionada (arrastar também funciona)</translation>
    </message>
    <message>
        <source>Undo the last change of the layers</source>
        <translation>Desfazer a última mudança nas camadas</translation>
    </message>
</context>
</TS>
